import type { VmState } from '../../../../../shared/vm-state';
import type { Messages } from '../../../i18n/en';

/** A state's name in the middle of a sentence ("while the VM is starting"). */
export function stateName(t: Messages, state: VmState): string {
  const names: Record<VmState, string> = {
    stopped: t.stateStopped,
    starting: t.stateStarting,
    running: t.stateRunning,
    paused: t.statePaused,
    'shutting-down': t.stateShuttingDown,
    crashed: t.stateCrashed,
    broken: t.stateBroken,
    saved: t.stateSaved,
    panicked: t.statePanicked,
  };
  return names[state].toLocaleLowerCase();
}
