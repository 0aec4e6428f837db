import { describe, expect, it } from 'vitest';
import {
  addConsole,
  canAddConsole,
  consoleProblems,
  consolesOf,
  guestDevice,
  MAX_EXTRA_CONSOLES,
  nextFreeConsoleId,
} from './consoles';
import type { ConsoleKind, ConsoleRow } from './draft';

const row = (id: string, kind: ConsoleKind = id.startsWith('serial') ? 'serial' : 'virtio'): ConsoleRow => ({
  key: 0,
  id,
  kind,
});

describe('nextFreeConsoleId', () => {
  it('takes the first id of the kind that no row uses', () => {
    expect(nextFreeConsoleId([], 'serial')).toBe('serial1');
    expect(nextFreeConsoleId([], 'virtio')).toBe('console0');
    expect(nextFreeConsoleId([row('serial1'), row('serial3'), row('console0')], 'serial')).toBe('serial2');
    expect(nextFreeConsoleId([row('console0'), row('console2')], 'virtio')).toBe('console1');
  });

  it('has none once every id of the kind is used', () => {
    expect(nextFreeConsoleId([row('serial1'), row('serial2'), row('serial3')], 'serial')).toBeUndefined();
    expect(nextFreeConsoleId([row('serial1'), row('serial2'), row('serial3')], 'virtio')).toBe('console0');
  });
});

describe('addConsole / canAddConsole', () => {
  it('adds the next free id of the kind, each row with its own key', () => {
    const rows = addConsole(addConsole(addConsole([], 'serial'), 'virtio'), 'serial');
    expect(consolesOf(rows)).toEqual([
      { id: 'serial1', kind: 'serial' },
      { id: 'console0', kind: 'virtio' },
      { id: 'serial2', kind: 'serial' },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });

  it(`stops at ${MAX_EXTRA_CONSOLES} consoles, and at 3 extra serial ports`, () => {
    const serials = [row('serial1'), row('serial2'), row('serial3')];
    expect(canAddConsole(serials, 'serial')).toBe(false);
    expect(canAddConsole(serials, 'virtio')).toBe(true);
    const full = [...serials, row('console0')];
    expect(canAddConsole(full, 'virtio')).toBe(false);
    expect(addConsole(full, 'virtio')).toEqual(full);
    expect(addConsole(serials, 'serial')).toEqual(serials);
  });
});

describe('consoleProblems', () => {
  it('accepts distinct ids that match their kind', () => {
    expect(consoleProblems([row('serial1'), row('console0'), row('console3'), row('serial3')])).toEqual({});
  });

  it('refuses an id used twice, on the later row', () => {
    expect(consoleProblems([row('serial2'), row('console1'), row('serial2')])).toEqual({
      'extraConsoles.2.id': { key: 'hwErrorConsoleDuplicate', values: { id: 'serial2', row: 1 } },
    });
  });

  it('refuses more than the engine takes, and ids of the other kind', () => {
    const rows = [row('serial1'), row('serial2'), row('console0'), row('console1'), row('console2')];
    expect(consoleProblems(rows)).toEqual({
      extraConsoles: { key: 'hwErrorConsolesMax', values: { max: 4 } },
    });
    expect(consoleProblems([row('console0', 'serial'), row('serial0', 'serial')])).toEqual({
      'extraConsoles.0.id': { key: 'hwErrorConsoleSerialId', values: { ids: 'serial1, serial2, serial3' } },
      'extraConsoles.1.id': { key: 'hwErrorConsoleSerialId', values: { ids: 'serial1, serial2, serial3' } },
    });
  });
});

describe('guestDevice', () => {
  it('numbers serial ports after the main one, and virtio consoles from hvc0, in list order', () => {
    const rows = [row('serial3'), row('console2'), row('serial1'), row('console0')];
    expect(rows.map((_, index) => guestDevice(rows, index, true))).toEqual([
      'ttyS1',
      'hvc0',
      'ttyS2',
      'hvc1',
    ]);
    expect(guestDevice(rows, 0, false)).toBe('ttyS0');
  });
});
