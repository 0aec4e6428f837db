import type { VmState } from '../../../../../shared/vm-state';
import type { ConnectionPhase } from './use-rfb-connection';

/** The guest screen region's data-state, for people and for e2e tests. */
export type ScreenState = 'connected' | 'connecting' | 'disconnected' | 'stopped';

/** A VM whose QEMU is up far enough to serve its screen. */
export function servesScreen(state: VmState): boolean {
  return state === 'running' || state === 'paused' || state === 'shutting-down';
}

export function screenState(vmState: VmState, vnc: boolean | undefined, phase: ConnectionPhase): ScreenState {
  if (!servesScreen(vmState) && vmState !== 'starting') return 'stopped';
  if (vnc === false) return 'disconnected';
  if (vmState === 'starting' || vnc === undefined) return 'connecting';
  return phase === 'waiting' ? 'disconnected' : phase;
}
