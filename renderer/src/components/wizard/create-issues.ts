import { VireoError } from '../../../../shared/errors';
import { format } from '../../i18n/format';
import { keyLines } from './cloud-draft';
import { mapEngineError, type EngineIssue, type MappedError } from './engine-issues';
import type { FieldName, InstallSource, WizardDraft } from './wizard-draft';

/** The wizard field of a `cloudInit` parameter: ['cloudInit', 'user', 'sshAuthorizedKeys', '0'] → cloudKeys. */
function cloudFieldOf(path: readonly string[]): FieldName | undefined {
  switch (path[1]) {
    case undefined:
    case 'image':
      return path[2] === 'sha256' ? 'cloudSha256' : 'cloudImage';
    case 'hostname':
      return 'hostname';
    case 'user':
      if (path[2] === 'password') return 'cloudPassword';
      if (path[2] === 'sshAuthorizedKeys') return 'cloudKeys';
      return 'cloudUser';
    case 'packages':
      return 'cloudPackages';
    default:
      return undefined;
  }
}

/** The wizard field of a `vm.create` parameter, by the first segment of the issue's path. */
export function createFieldOf(path: readonly string[], source: InstallSource): FieldName | undefined {
  switch (path[0]) {
    case 'name':
      return 'name';
    case 'memoryMiB':
      return 'memoryMiB';
    case 'cpus':
      return 'cpus';
    case 'diskSizeBytes':
      return source === 'import' ? undefined : 'diskGiB';
    case 'importDisk':
    case 'existingDisk':
      return 'diskPath';
    case 'iso':
      return 'isoPath';
    case 'kernel':
      return 'kernelPath';
    case 'initrd':
      return 'initrdPath';
    case 'cmdline':
      return 'cmdline';
    case 'network':
    case 'forwards':
      return 'network';
    case 'os':
      return 'os';
    case 'emptyCdrom':
      return 'source';
    case 'firmware':
      return 'firmware';
    case 'secureBoot':
      return 'secureBoot';
    case 'tpm':
      return 'tpm';
    case 'cloudInit':
      return cloudFieldOf(path);
    default:
      return undefined;
  }
}

/**
 * The engine's cloud-init messages start with where they are ("hostname: …", the path under
 * cloudInit); on the field that is said already. A key's index becomes its line in the box.
 */
function cloudMessage(issue: EngineIssue, draft: Pick<WizardDraft, 'cloudKeys'>, keyLine: string): string {
  const inner = issue.path.slice(1).join('.');
  const message =
    inner !== '' && issue.message.startsWith(`${inner}: `)
      ? issue.message.slice(inner.length + 2)
      : issue.message;
  if (issue.path[2] !== 'sshAuthorizedKeys' || issue.path[3] === undefined) return message;
  const line = keyLines(draft.cloudKeys)[Number(issue.path[3])];
  return line === undefined ? message : format(keyLine, { line: line.number, message });
}

/**
 * A failed `vm.create` as field messages: the engine's zod issues by path, and a name conflict
 * (CONFLICT, the only one the wizard's params can cause) on the name. `keyLine` words an SSH key's
 * issue with its line ("Line {line}: {message}").
 */
export function mapCreateError(
  error: unknown,
  draft: Pick<WizardDraft, 'source' | 'cloudKeys'>,
  keyLine = 'Line {line}: {message}',
): MappedError<FieldName> {
  if (error instanceof VireoError && error.code === 'CONFLICT') {
    return { fields: { name: error.message }, general: null };
  }
  return mapEngineError(
    error,
    (path) => createFieldOf(path, draft.source),
    (issue) => (issue.path[0] === 'cloudInit' ? cloudMessage(issue, draft, keyLine) : issue.message),
  );
}
