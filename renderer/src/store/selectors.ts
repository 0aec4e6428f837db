import type { VmStatus } from '../../../shared/vm-state';
import type { BusyWith } from './app-state';
import { useAppStore } from './store-context';

/** The selected VM's status, when it is listed. */
export function useSelectedVm(): VmStatus | undefined {
  return useAppStore((state) => state.vms.find((vm) => vm.uuid === state.selectedUuid));
}

/** What a VM is busy with (a request in flight), if anything. */
export function useBusy(uuid: string | undefined): BusyWith | undefined {
  return useAppStore((state) => (uuid === undefined ? undefined : state.busy[uuid]));
}

export function useConnected(): boolean {
  return useAppStore((state) => state.connection === 'connected');
}
