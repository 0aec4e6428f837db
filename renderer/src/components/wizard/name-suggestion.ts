import type { OsEntry } from '../../../../shared/os-info';
import { VM_NAME_MAX_CHARS, vmNameProblem } from '../../../../shared/vm-name';

/**
 * A name no VM has yet: the OS's short id ("debian12", then "debian12-2", "debian12-3"…), or
 * without an OS "vm1", "vm2"… An OS short id that is not a valid name falls back to "vm".
 */
export function suggestName(os: Pick<OsEntry, 'shortId'> | null, taken: Iterable<string>): string {
  const used = new Set(taken);
  const shortId = os?.shortId.trim() ?? '';
  const base = shortId !== '' && vmNameProblem(shortId) === undefined ? shortId : undefined;
  if (base !== undefined && !used.has(base)) return base;
  const prefix = base === undefined ? 'vm' : `${base.slice(0, VM_NAME_MAX_CHARS - 8)}-`;
  for (let n = base === undefined ? 1 : 2; ; n += 1) {
    const candidate = `${prefix}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
