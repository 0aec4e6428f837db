import type { ExtraConsole } from '../../../../../shared/vm-config';
import { newRowKey, type ConsoleKind, type ConsoleRow } from './draft';
import type { Problem } from './problems';

/** The engine takes at most this many extra consoles (vmConfigSchema's extraConsoles). */
export const MAX_EXTRA_CONSOLES = 4;

/** The ids each kind may use: serial0 is the main serial port (the Serial checkbox). */
export const consoleIdsOfKind: Readonly<Record<ConsoleKind, readonly string[]>> = {
  serial: ['serial1', 'serial2', 'serial3'],
  virtio: ['console0', 'console1', 'console2', 'console3'],
};

/** The first id of that kind no row uses, or undefined when all are taken. */
export function nextFreeConsoleId(rows: readonly Pick<ConsoleRow, 'id'>[], kind: ConsoleKind) {
  const used = new Set(rows.map((row) => row.id));
  return consoleIdsOfKind[kind].find((id) => !used.has(id));
}

/** Whether "Add serial port" / "Add virtio console" can add one more. */
export function canAddConsole(rows: readonly ConsoleRow[], kind: ConsoleKind): boolean {
  return rows.length < MAX_EXTRA_CONSOLES && nextFreeConsoleId(rows, kind) !== undefined;
}

/** The rows with one more console of that kind, on its next free id (unchanged when none is free). */
export function addConsole(rows: readonly ConsoleRow[], kind: ConsoleKind): ConsoleRow[] {
  const id = nextFreeConsoleId(rows, kind);
  if (id === undefined || rows.length >= MAX_EXTRA_CONSOLES) return [...rows];
  return [...rows, { key: newRowKey(), id, kind }];
}

/** Problems of the console list: "extraConsoles" for too many, "extraConsoles.N.id" per row. */
export function consoleProblems(rows: readonly ConsoleRow[]): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (rows.length > MAX_EXTRA_CONSOLES) {
    problems['extraConsoles'] = { key: 'hwErrorConsolesMax', values: { max: MAX_EXTRA_CONSOLES } };
  }
  const firstRowOfId = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = `extraConsoles.${index}.id`;
    if (!consoleIdsOfKind[row.kind].includes(row.id)) {
      problems[at] = {
        key: row.kind === 'serial' ? 'hwErrorConsoleSerialId' : 'hwErrorConsoleVirtioId',
        values: { ids: consoleIdsOfKind[row.kind].join(', ') },
      };
      return;
    }
    const first = firstRowOfId.get(row.id);
    if (first === undefined) firstRowOfId.set(row.id, index);
    else problems[at] = { key: 'hwErrorConsoleDuplicate', values: { id: row.id, row: first + 1 } };
  });
  return problems;
}

/** The rows as config consoles; only meaningful when consoleProblems found none. */
export function consolesOf(rows: readonly ConsoleRow[]): ExtraConsole[] {
  return rows.map(({ id, kind }) => ({ id, kind }));
}

/**
 * The device a Linux guest sees for row `index`: QEMU numbers serial ports in the order of its
 * -serial options (serial0 first, when on), and virtio consoles in the order of their ports.
 */
export function guestDevice(rows: readonly ConsoleRow[], index: number, mainSerial: boolean): string {
  const row = rows[index];
  if (row === undefined) return '';
  const before = rows.slice(0, index).filter((other) => other.kind === row.kind).length;
  return row.kind === 'serial' ? `ttyS${before + (mainSerial ? 1 : 0)}` : `hvc${before}`;
}
