import { describe, expect, it } from 'vitest';
import { formatDuration, listTable, statusText, table, uptimeSeconds } from './output';
import { vmStatus } from '../../shared/testing/vm-status';

const status = vmStatus;

const crashExit = {
  at: '2025-06-01T12:00:00.000Z',
  kind: 'crashed' as const,
  reason: 'qemu exited with signal SIGSEGV',
  logTail: ['qemu: warning: something', 'qemu: fatal: boom'],
};

describe('table', () => {
  it('pads each column to its widest cell with two spaces between columns', () => {
    const text = table(
      ['NAME', 'STATE', 'PID'],
      [
        ['web', 'running', '1234'],
        ['database-server', 'stopped', '-'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'NAME             STATE    PID',
      'web              running  1234',
      'database-server  stopped  -',
    ]);
  });

  it('starts every column at the same offset on every line', () => {
    const [header = '', row = ''] = table(['A', 'LONG HEADER', 'C'], [['xxxxxxxx', 'y', 'z']]).split('\n');
    expect(header.indexOf('LONG HEADER')).toBe(10);
    expect(row.indexOf('y')).toBe(10);
    expect(header.indexOf('C')).toBe(row.indexOf('z'));
  });

  it('trims trailing spaces from each line', () => {
    const text = table(['NAME', 'NOTE'], [['a-very-long-name', '']]);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
    expect(text.split('\n')[1]).toBe('a-very-long-name');
  });

  it('measures cells in code points, so astral characters count once', () => {
    const text = table(['NAME', 'STATE'], [['😀😀', 'running']]);
    expect(text.split('\n')).toEqual(['NAME  STATE', '😀😀    running']);
  });

  it('treats a missing cell as empty', () => {
    expect(table(['A', 'B'], [['1']]).split('\n')).toEqual(['A  B', '1']);
  });

  it('prints only the header when there are no rows', () => {
    expect(table(['NAME', 'STATE'], [])).toBe('NAME  STATE');
  });
});

describe('listTable', () => {
  it('explains how to create a VM when there are none', () => {
    expect(listTable([])).toBe('No VMs yet. Create one with: vireo create --name NAME');
  });

  it('lists name, state, vCPUs, memory and pid, with "-" for unknowns', () => {
    const text = listTable([
      status({ name: 'web', state: 'running', pid: 4242, vcpus: 4, memoryMiB: 2048 }),
      status({ name: 'db "prod"', state: 'broken', vcpus: null, memoryMiB: null }),
    ]);
    expect(text.split('\n')).toEqual([
      'NAME       STATE    VCPUS  MEMORY    PID',
      'web        running  4      2048 MiB  4242',
      'db "prod"  broken   -      -         -',
    ]);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [1, '1s'],
    [59, '59s'],
    [60, '1m 0s'],
    [61, '1m 1s'],
    [3599, '59m 59s'],
    [3600, '1h 0m 0s'],
    [3661, '1h 1m 1s'],
    [90061, '25h 1m 1s'],
  ])('%d seconds → %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('uptimeSeconds', () => {
  const startedAt = '2025-06-01T12:00:00.000Z';
  const start = Date.parse(startedAt);

  it('is null for a VM that has not started', () => {
    expect(uptimeSeconds(status({ startedAt: null }), start + 5000)).toBeNull();
  });

  it('counts whole seconds since the start', () => {
    expect(uptimeSeconds(status({ startedAt }), start)).toBe(0);
    expect(uptimeSeconds(status({ startedAt }), start + 90_000)).toBe(90);
  });

  it('rounds to the nearest second', () => {
    expect(uptimeSeconds(status({ startedAt }), start + 1499)).toBe(1);
    expect(uptimeSeconds(status({ startedAt }), start + 1500)).toBe(2);
  });

  it('never goes negative when the clock is behind the start time', () => {
    expect(uptimeSeconds(status({ startedAt }), start - 10_000)).toBe(0);
  });

  it('uses the current time by default', () => {
    const oneMinuteAgo = new Date(Date.now() - 60_000).toISOString();
    const uptime = uptimeSeconds(status({ startedAt: oneMinuteAgo }));
    expect(uptime).toBeGreaterThanOrEqual(60);
    expect(uptime).toBeLessThan(70);
  });
});

describe('statusText', () => {
  /** The "Key: value" lines as a map. */
  function fields(text: string): Map<string, string> {
    const map = new Map<string, string>();
    for (const line of text.split('\n')) {
      const match = /^([A-Za-z][A-Za-z ]*):\s+(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) map.set(match[1], match[2]);
    }
    return map;
  }

  it('shows every field of a running VM, with its uptime', () => {
    const startedAt = new Date(Date.now() - 3661_000).toISOString();
    const text = statusText(
      status({
        state: 'running',
        pid: 4242,
        accel: 'kvm',
        startedAt,
        sockets: { qmp: '/run/vireo/web/qmp.sock', serial: '/run/vireo/web/serial.sock', vnc: null },
      }),
    );
    const map = fields(text);
    expect(map.get('Name')).toBe('web');
    expect(map.get('UUID')).toBe('3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a3b');
    expect(map.get('State')).toBe('running');
    expect(map.get('PID')).toBe('4242');
    expect(map.get('Accelerator')).toBe('kvm');
    expect(map.get('Uptime')).toMatch(/^1h 1m [12]s$/);
    expect(map.get('vCPUs')).toBe('2');
    expect(map.get('Memory')).toBe('1024 MiB');
    expect(map.get('QMP socket')).toBe('/run/vireo/web/qmp.sock');
    expect(map.get('Serial socket')).toBe('/run/vireo/web/serial.sock');
    expect(map.get('VNC socket')).toBe('-');
    expect(text).not.toContain('Last exit');
  });

  it('aligns the values in one column', () => {
    const lines = statusText(status()).split('\n');
    for (const line of lines) expect(line.slice(0, 15)).toMatch(/^[A-Za-z ]+: *$/);
    expect(lines[0]).toBe('Name:          web');
  });

  it('shows "-" for what a stopped VM does not have', () => {
    const map = fields(statusText(status()));
    for (const key of ['PID', 'Accelerator', 'Uptime', 'QMP socket', 'Serial socket', 'VNC socket']) {
      expect(map.get(key)).toBe('-');
    }
  });

  it('includes the problem of a broken VM', () => {
    const text = statusText(status({ state: 'broken', problem: 'config.json: memoryMiB: too small' }));
    expect(fields(text).get('Problem')).toBe('config.json: memoryMiB: too small');
  });

  it('includes the last exit and the qemu.log tail for a crashed VM', () => {
    const text = statusText(status({ state: 'crashed', lastExit: crashExit }));
    expect(fields(text).get('Last exit')).toBe(
      'crashed at 2025-06-01T12:00:00.000Z: qemu exited with signal SIGSEGV',
    );
    expect(text.endsWith('\nLast lines of qemu.log:\n  qemu: warning: something\n  qemu: fatal: boom')).toBe(
      true,
    );
  });

  it('omits the log tail header for a crashed VM with an empty tail', () => {
    const text = statusText(status({ state: 'crashed', lastExit: { ...crashExit, logTail: [] } }));
    expect(text).toContain('Last exit:');
    expect(text).not.toContain('qemu.log');
  });

  it.each(['stopped', 'running', 'broken'] as const)(
    'omits the log tail for a %s VM even when the last exit has one',
    (state) => {
      const text = statusText(
        status({ state, lastExit: { ...crashExit, kind: 'shutdown', reason: 'guest powered off' } }),
      );
      expect(fields(text).get('Last exit')).toBe('shutdown at 2025-06-01T12:00:00.000Z: guest powered off');
      expect(text).not.toContain('qemu.log');
      expect(text).not.toContain('qemu: fatal: boom');
    },
  );
});
