import { VireoError } from '../../../../shared/errors';
import { mapEngineError, type MappedError } from './engine-issues';
import type { FieldName, InstallSource } from './wizard-draft';

/** The wizard field of a `vm.create` parameter, by the first segment of the path. */
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
    default:
      return undefined;
  }
}

/**
 * A failed `vm.create` as field messages: the engine's zod issues by path, and a name conflict
 * (CONFLICT, the only one the wizard's params can cause) on the name.
 */
export function mapCreateError(error: unknown, source: InstallSource): MappedError<FieldName> {
  if (error instanceof VireoError && error.code === 'CONFLICT') {
    return { fields: { name: error.message }, general: null };
  }
  return mapEngineError(error, (path) => createFieldOf(path, source));
}
