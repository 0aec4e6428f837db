import { describe, expect, it } from 'vitest';
import { commandDanger, commandName, monitorOutputText } from './monitor-commands';

describe('commandDanger', () => {
  it('asks first for commands that end, reset, pause or disrupt the VM', () => {
    expect(commandDanger('quit')).toBe('quit');
    expect(commandDanger('  q ')).toBe('quit');
    expect(commandDanger('system_reset')).toBe('reset');
    expect(commandDanger('system_powerdown')).toBe('powerdown');
    expect(commandDanger('stop')).toBe('stop');
    expect(commandDanger('cont')).toBe('cont');
    expect(commandDanger('device_del net0')).toBe('disrupt');
  });

  it('runs the rest at once', () => {
    for (const safe of ['help', 'info status', 'info qtree', 'help quit', 'quitx', 'x /4x 0', ''])
      expect(commandDanger(safe)).toBeUndefined();
  });

  it('takes the first word as the command', () => {
    expect(commandName('  info   status ')).toBe('info');
    expect(commandName('')).toBe('');
  });
});

describe('monitorOutputText', () => {
  it('turns line breaks into CR LF and ends the output with one', () => {
    expect(monitorOutputText('VM status: running\r\n')).toBe('VM status: running\r\n');
    expect(monitorOutputText('a\nb')).toBe('a\r\nb\r\n');
    expect(monitorOutputText('')).toBe('');
  });
});
