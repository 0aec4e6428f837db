import { useCallback } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { useAppStore } from '../../store/store-context';
import { useBusy, useConnected } from '../../store/selectors';
import { isCommandEnabled, opensDialog, type VmCommand } from './commands';

/** Runs a command on a VM: Force Off, Delete and Clone open their dialog, the rest go to the engine. */
export function useRunCommand(): (command: VmCommand, uuid: string) => void {
  const runAction = useAppStore((state) => state.runAction);
  const setDialog = useAppStore((state) => state.setDialog);
  return useCallback(
    (command, uuid) => {
      if (opensDialog(command)) setDialog({ kind: command, uuid });
      else void runAction(uuid, command);
    },
    [runAction, setDialog],
  );
}

/** Whether each command is offered for this VM now, and which one is in flight. */
export function useCommandState(vm: VmStatus | undefined) {
  const connected = useConnected();
  const working = useBusy(vm?.uuid);
  const context = { state: vm?.state, connected, busy: working !== undefined };
  return { working, enabled: (command: VmCommand) => isCommandEnabled(command, context) };
}
