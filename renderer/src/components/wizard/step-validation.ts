import { MEMORY_MIB_MAX, MEMORY_MIB_MIN, VCPUS_MAX } from '../../../../shared/vm-config';
import { formatSize } from '../../../../shared/size';
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
  return problems;
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
