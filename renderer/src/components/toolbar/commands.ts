import { isOperationAllowed, type VmState } from '../../../../shared/vm-state';
import type { MessageKey } from '../../i18n/en';

/** What the toolbar and the list's context menu can do to a VM. */
export const vmCommands = [
  'start',
  'pause',
  'resume',
  'shutdown',
  'reboot',
  'forceOff',
  'save',
  'clone',
  'export',
  'delete',
] as const;
export type VmCommand = (typeof vmCommands)[number];

/** Commands that open a dialog first (a confirmation, or the clone's name) instead of running. */
export const dialogCommands = ['forceOff', 'delete', 'clone', 'export'] as const;
export type DialogCommand = (typeof dialogCommands)[number];

export function opensDialog(command: VmCommand): command is DialogCommand {
  return (dialogCommands as readonly string[]).includes(command);
}

/** The toolbar's groups, separated; "New VM" comes first, on its own. */
export const commandGroups: readonly (readonly VmCommand[])[] = [
  ['start', 'pause', 'resume', 'shutdown', 'reboot', 'forceOff'],
  ['save', 'clone', 'export', 'delete'],
];

export const commandLabels: Record<VmCommand | 'newVm' | 'importVm', MessageKey> = {
  newVm: 'mwNewVm',
  importVm: 'mwImport',
  start: 'start',
  pause: 'pause',
  resume: 'resume',
  shutdown: 'shutdown',
  reboot: 'mwReboot',
  forceOff: 'mwForceOff',
  save: 'mwSaveState',
  clone: 'mwClone',
  export: 'mwExport',
  delete: 'mwDelete',
};

export interface CommandContext {
  /** The selected VM's state; undefined when none is selected. */
  state: VmState | undefined;
  connected: boolean;
  /** A request for this VM is in flight. */
  busy: boolean;
}

/**
 * Whether a command is offered: only what the VM's state allows (shared/vm-state.ts), while
 * connected and not busy. Clone needs a machine that is off or paused (and readable).
 */
export function isCommandEnabled(command: VmCommand, { state, connected, busy }: CommandContext): boolean {
  if (state === undefined || !connected || busy) return false;
  return isOperationAllowed(state, command);
}
