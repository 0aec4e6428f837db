import { describe, expect, it } from 'vitest';
import { vmStates } from '../../../../shared/vm-state';
import { isCommandEnabled, opensDialog, vmCommands, type CommandContext } from './commands';

const enabled = (context: CommandContext) => vmCommands.filter((c) => isCommandEnabled(c, context));
const idle = { connected: true, busy: false };

describe('isCommandEnabled', () => {
  it('offers exactly what each state allows', () => {
    expect(enabled({ ...idle, state: 'stopped' })).toEqual(['start', 'clone', 'export', 'delete']);
    expect(enabled({ ...idle, state: 'running' })).toEqual([
      'pause',
      'shutdown',
      'reboot',
      'forceOff',
      'save',
    ]);
    expect(enabled({ ...idle, state: 'paused' })).toEqual(['resume', 'forceOff', 'save', 'clone']);
    expect(enabled({ ...idle, state: 'crashed' })).toEqual(['start', 'clone', 'export', 'delete']);
    expect(enabled({ ...idle, state: 'broken' })).toEqual(['delete']);
    expect(enabled({ ...idle, state: 'starting' })).toEqual(['forceOff']);
    expect(enabled({ ...idle, state: 'shutting-down' })).toEqual(['forceOff']);
  });

  it('offers nothing without a VM, while disconnected, or while busy', () => {
    expect(enabled({ ...idle, state: undefined })).toEqual([]);
    for (const state of vmStates) {
      expect(enabled({ state, connected: false, busy: false })).toEqual([]);
      expect(enabled({ state, connected: true, busy: true })).toEqual([]);
    }
  });
});

describe('opensDialog', () => {
  it('confirms Force Off and Delete, asks Clone’s name, runs the rest at once', () => {
    expect(vmCommands.filter(opensDialog)).toEqual(['forceOff', 'clone', 'export', 'delete']);
  });
});
