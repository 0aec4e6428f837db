import type { VmState } from '../../../../shared/vm-state';
import type { MessageKey } from '../../i18n/en';

export const stateLabelKeys: Record<VmState, MessageKey> = {
  stopped: 'stateStopped',
  starting: 'stateStarting',
  running: 'stateRunning',
  paused: 'statePaused',
  'shutting-down': 'stateShuttingDown',
  crashed: 'stateCrashed',
  broken: 'stateBroken',
  saved: 'stateSaved',
  panicked: 'statePanicked',
};

/** Which colour a state wears: running green, paused amber, stopped grey, failures red, transitions blue. */
export type StateTone = 'running' | 'paused' | 'stopped' | 'failed' | 'transition';

export const stateTones: Record<VmState, StateTone> = {
  stopped: 'stopped',
  starting: 'transition',
  running: 'running',
  paused: 'paused',
  'shutting-down': 'transition',
  crashed: 'failed',
  broken: 'failed',
  saved: 'paused',
  panicked: 'failed',
};

/** "256 MiB": always MiB, the unit `vireo create --memory` takes, so the numbers match the CLI. */
export function formatMemory(mib: number): string {
  return `${mib} MiB`;
}
