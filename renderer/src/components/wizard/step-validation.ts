import {
  CONTROL_CHARACTER,
  HOSTNAME,
  PACKAGE_NAME,
  SSH_KEY_BLOB,
  SSH_KEY_TYPES,
  USER_NAME,
} from '../../../../shared/cloud-init-rules';
import { MEMORY_MIB_MAX, MEMORY_MIB_MIN, VCPUS_MAX } from '../../../../shared/vm-config';
import { formatSize } from '../../../../shared/size';
import { cloudImageKind, hostnameOf, keyLines, packageNames } from './cloud-draft';
import { nameProblem } from './name-problem';
import type { PathCheckState } from './path-check-state';
import { engineError, errorOf, warningOf, type Problem, type Problems } from './problem';
import {
  createsNewDisk,
  pathFieldsOf,
  type FieldName,
  type PathField,
  type StepId,
  type WizardDraft,
} from './wizard-draft';

const GIB = 2 ** 30;

export interface ValidationContext {
  /** The name the VM will get: typed, or suggested. */
  name: string;
  takenNames: readonly string[];
  checks: Readonly<Record<PathField, PathCheckState>>;
  /** From engine.hostInfo; null while unknown (then those limits are not checked). */
  totalMemoryMiB: number | null;
  freeDiskBytes: number | null;
}

export type WizardProblems = Problems<FieldName>;

/** The client-side problems of one step's fields (errors block Forward; warnings do not). */
export function validateStep(step: StepId, draft: WizardDraft, context: ValidationContext): WizardProblems {
  switch (step) {
    case 'source':
      return validateSource(draft, context);
    case 'resources':
      return validateResources(draft, context);
    case 'os':
    case 'summary':
      return {};
  }
}

function validateSource(draft: WizardDraft, context: ValidationContext): WizardProblems {
  const problems: WizardProblems = {};
  for (const field of pathFieldsOf(draft.source)) {
    const problem = pathProblem(draft[field], field !== 'initrdPath', context.checks[field]);
    if (problem) problems[field] = problem;
  }
  if (draft.source === 'cloud') Object.assign(problems, validateCloud(draft, context));
  return problems;
}

const SHA256 = /^[0-9a-fA-F]{64}$/;

type CloudField =
  'cloudImage' | 'cloudSha256' | 'hostname' | 'cloudUser' | 'cloudPassword' | 'cloudKeys' | 'cloudPackages';

/** The cloud image and the answers cloud-init gets at first boot. */
function validateCloud(draft: WizardDraft, context: ValidationContext): Problems<CloudField> {
  const problems: Problems<CloudField> = {};
  const image = cloudImageProblem(draft.cloudImage.trim(), context.checks.cloudImage);
  if (image) problems.cloudImage = image;
  const sha256 = draft.cloudSha256.trim();
  if (sha256 !== '' && !SHA256.test(sha256)) problems.cloudSha256 = errorOf('wzErrSha256');

  const hostname = hostnameOf(draft, context.name).trim();
  if (hostname === '') problems.hostname = errorOf('wzErrHostnameEmpty');
  else if (!HOSTNAME.test(hostname)) problems.hostname = errorOf('wzErrHostname');

  const user = draft.cloudUser.trim();
  const keys = keyLines(draft.cloudKeys);
  const password = draft.cloudPassword;
  if (user === '') {
    if (password !== '' || keys.length > 0) problems.cloudUser = errorOf('wzErrUserNeeded');
  } else if (!USER_NAME.test(user)) problems.cloudUser = errorOf('wzErrUserName');
  else if (password === '' && keys.length === 0) problems.cloudUser = warningOf('wzWarnUserNoLogin');
  if (CONTROL_CHARACTER.test(password)) problems.cloudPassword = errorOf('wzErrPasswordControl');
  const badKey = keys.find((line) => !isSshPublicKey(line.text));
  if (badKey) problems.cloudKeys = errorOf('wzErrSshKey', { line: badKey.number });
  const badPackage = packageNames(draft.cloudPackages).find((name) => !PACKAGE_NAME.test(name));
  if (badPackage !== undefined) problems.cloudPackages = errorOf('wzErrPackage', { name: badPackage });
  return problems;
}

function cloudImageProblem(location: string, check: PathCheckState): Problem | undefined {
  if (location === '') return errorOf('wzErrCloudImageRequired');
  if (cloudImageKind(location) === 'url') {
    let url: URL | undefined;
    try {
      url = new URL(location);
    } catch {
      url = undefined;
    }
    const web = url !== undefined && (url.protocol === 'https:' || url.protocol === 'http:');
    return web && url?.hostname !== '' ? undefined : errorOf('wzErrCloudImageUrl');
  }
  if (!location.startsWith('/')) return errorOf('wzErrCloudImagePath');
  if (check.status !== 'checked') return undefined;
  if (!check.check.ok) {
    return check.check.problem ? engineError(check.check.problem) : errorOf('wzErrPathUnusable');
  }
  const format = check.check.format;
  if (format !== null && format !== 'qcow2' && format !== 'raw') {
    return errorOf('wzErrCloudImageFormat', { format });
  }
  return undefined;
}

/** An OpenSSH public key line: a known type, then base64 data that starts by naming that type. */
export function isSshPublicKey(line: string): boolean {
  if (CONTROL_CHARACTER.test(line)) return false;
  const [type = '', blob = ''] = line.trim().split(/\s+/);
  if (!SSH_KEY_TYPES.has(type) || !SSH_KEY_BLOB.test(blob)) return false;
  let bytes: string;
  try {
    bytes = atob(blob);
  } catch {
    return false;
  }
  if (bytes.length < 4) return false;
  const length =
    ((bytes.charCodeAt(0) << 24) |
      (bytes.charCodeAt(1) << 16) |
      (bytes.charCodeAt(2) << 8) |
      bytes.charCodeAt(3)) >>>
    0;
  return length + 4 <= bytes.length && bytes.slice(4, 4 + length) === type;
}

function pathProblem(path: string, required: boolean, check: PathCheckState): Problem | undefined {
  if (path === '') return required ? errorOf('wzErrPathRequired') : undefined;
  if (!path.startsWith('/')) return errorOf('wzErrPathAbsolute');
  if (check.status === 'checked' && !check.check.ok) {
    return check.check.problem ? engineError(check.check.problem) : errorOf('wzErrPathUnusable');
  }
  return undefined;
}

function validateResources(draft: WizardDraft, context: ValidationContext): WizardProblems {
  const problems: WizardProblems = {};
  const name = nameProblem(context.name, context.takenNames);
  if (name) problems.name = name;
  const memory = memoryProblem(draft.memoryMiB, context.totalMemoryMiB);
  if (memory) problems.memoryMiB = memory;
  const cpus = wholeNumber(draft.cpus);
  if (cpus === undefined) problems.cpus = errorOf('wzErrWholeNumber');
  else if (cpus < 1 || cpus > VCPUS_MAX) problems.cpus = errorOf('wzErrCpus', { max: VCPUS_MAX });
  if (createsNewDisk(draft.source)) {
    const disk = diskProblem(draft.diskGiB, context.freeDiskBytes);
    if (disk) problems.diskGiB = disk;
  }
  return problems;
}

function memoryProblem(text: string, totalMemoryMiB: number | null): Problem | undefined {
  const memory = wholeNumber(text);
  if (memory === undefined) return errorOf('wzErrWholeNumber');
  if (memory < MEMORY_MIB_MIN) return errorOf('wzErrMemoryMin', { min: MEMORY_MIB_MIN });
  if (totalMemoryMiB !== null && memory > totalMemoryMiB) {
    return errorOf('wzErrMemoryHost', { total: totalMemoryMiB });
  }
  if (memory > MEMORY_MIB_MAX) return errorOf('wzErrMemoryMax', { max: MEMORY_MIB_MAX });
  return undefined;
}

function diskProblem(text: string, freeDiskBytes: number | null): Problem | undefined {
  const bytes = diskBytes(text);
  if (bytes === undefined) return errorOf('wzErrDiskSize');
  if (freeDiskBytes !== null && bytes > freeDiskBytes) {
    return warningOf('wzWarnDiskFree', { free: formatSize(freeDiskBytes) });
  }
  return undefined;
}

/** A whole number typed as text ("2048", " 4 "), or undefined. */
export function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Gibibytes typed as text (decimals allowed) in bytes, or undefined unless more than zero. */
export function diskBytes(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const bytes = Math.round(Number(trimmed) * GIB);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
