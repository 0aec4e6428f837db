import { VireoError } from '../../../../../shared/errors';
import { GENERAL_FIELD, type FieldProblems, type Problem } from './problems';

export interface EngineIssue {
  path: string[];
  message: string;
}

const cpuParts = ['count', 'sockets', 'cores', 'threads', 'maxCount'];
const memoryHotplugFields = ['maxMiB', 'slots'];
const forwardFields = ['protocol', 'hostAddress', 'hostPort', 'guestPort'];
const diskFields = ['bus', 'readOnly'];
const kernelFields = ['kernel', 'initrd', 'cmdline'];
const displayFields = ['vnc', 'vga', 'clipboard'];
const networkFields = ['mac', 'model', 'mode', 'bridge'];

/**
 * The field that shows an engine issue, from its path: ['network','forwards','1','hostPort'] is
 * that row's host-port input, ['cpu'] (the product rule) the topology fields. A path that names no
 * control of the Hardware tab is "general". Paths of a request's params start with "changes".
 */
export function issueField(rawPath: readonly (string | number)[]): string {
  const path = rawPath.map(String);
  if (path[0] === 'changes') path.shift();
  const [top, second, third, fourth] = path;
  const index = /^\d+$/.test(second ?? '') ? second : undefined;
  switch (top) {
    case 'cpu':
      return second !== undefined && cpuParts.includes(second) ? `cpu.${second}` : 'cpu.topology';
    case 'memoryMiB':
    case 'machine':
    case 'firmware':
    case 'secureBoot':
    case 'tpm':
    case 'guestAgent':
    case 'watchdog':
    case 'memoryBalloon':
    case 'shares':
    case 'usb':
    case 'serial':
    case 'bootOrder':
    case 'extraArgs':
      return top;
    case 'memoryHotplug':
      return `memoryHotplug.${second !== undefined && memoryHotplugFields.includes(second) ? second : 'maxMiB'}`;
    case 'disks':
      if (index === undefined) return 'disks';
      return third !== undefined && diskFields.includes(third) ? `disks.${index}.${third}` : `disks.${index}`;
    case 'cdrom':
      return 'cdrom.path';
    case 'directKernel':
      return `directKernel.${second !== undefined && kernelFields.includes(second) ? second : 'kernel'}`;
    case 'display':
      return `display.${second !== undefined && displayFields.includes(second) ? second : 'vga'}`;
    case 'extraConsoles':
      return index === undefined ? 'extraConsoles' : `extraConsoles.${index}.id`;
    case 'network':
      if (second === 'forwards') {
        const row = /^\d+$/.test(third ?? '') ? third : undefined;
        if (row === undefined) return 'network.forwards';
        return fourth !== undefined && forwardFields.includes(fourth)
          ? `network.forwards.${row}.${fourth}`
          : `network.forwards.${row}.hostPort`;
      }
      return `network.${second !== undefined && networkFields.includes(second) ? second : 'mode'}`;
    default:
      return GENERAL_FIELD;
  }
}

/**
 * The field issues an input error carries (INVALID_INPUT, or CONFLICT about a field such as a host
 * port another VM forwards), or undefined when the error is another kind of failure.
 */
export function engineIssues(error: unknown): EngineIssue[] | undefined {
  if (!(error instanceof VireoError)) return undefined;
  if (error.code !== 'INVALID_INPUT' && error.code !== 'CONFLICT') return undefined;
  const raw = error.details?.['issues'];
  const issues = Array.isArray(raw) ? raw.flatMap(toIssue) : [];
  if (issues.length > 0) return issues;
  return error.code === 'INVALID_INPUT' ? [{ path: [], message: error.message }] : undefined;
}

function toIssue(value: unknown): EngineIssue[] {
  if (typeof value !== 'object' || value === null) return [];
  const { path, message } = value as { path?: unknown; message?: unknown };
  if (typeof message !== 'string') return [];
  return [{ path: Array.isArray(path) ? path.map(String) : [], message }];
}

/** Engine issues by field; several on one field are joined. */
export function issueProblems(issues: readonly EngineIssue[]): FieldProblems {
  const byField: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issueField(issue.path);
    (byField[field] ??= []).push(issue.message);
  }
  return Object.fromEntries(
    Object.entries(byField).map(([field, messages]): [string, Problem] => [
      field,
      { text: [...new Set(messages)].join('; ') },
    ]),
  );
}
