import { describe, expect, it } from 'vitest';
import { argvLines, changedLines, formatArgv } from './format-argv';

describe('formatArgv', () => {
  it('puts the binary first, then one option with its value per line, shell-quoted', () => {
    const argv = [
      '/usr/bin/qemu-system-x86_64',
      '-nodefaults',
      '-m',
      'size=2048M',
      '-name',
      'guest=my vm',
      '-no-shutdown',
    ];
    expect(formatArgv(argv)).toBe(
      [
        '/usr/bin/qemu-system-x86_64',
        '-nodefaults',
        '-m size=2048M',
        "-name 'guest=my vm'",
        '-no-shutdown',
      ].join(' \\\n    '),
    );
  });

  it('quotes JSON device arguments', () => {
    expect(formatArgv(['qemu', '-device', '{"driver":"pvpanic"}'])).toBe(
      `qemu \\\n    -device '{"driver":"pvpanic"}'`,
    );
  });

  it('is empty for no argv', () => {
    expect(formatArgv([])).toBe('');
  });
});

describe('changedLines', () => {
  it('marks the lines the saved command line does not have', () => {
    const saved = argvLines(['qemu', '-m', 'size=2048M', '-smp', 'cpus=2', '-device', 'a', '-device', 'a']);
    const now = argvLines([
      'qemu',
      '-m',
      'size=4096M',
      '-smp',
      'cpus=2',
      '-device',
      'a',
      '-device',
      'a',
      '-device',
      'a',
    ]);
    expect([...changedLines(now, saved)]).toEqual([1, 5]);
    expect(changedLines(now, null).size).toBe(0);
  });
});
