import type { VmStatus } from '../../../shared/vm-state';

/** Replaces the VM with the same uuid, or appends it when new. */
export function upsertVm(vms: readonly VmStatus[], vm: VmStatus): VmStatus[] {
  const at = vms.findIndex((existing) => existing.uuid === vm.uuid);
  if (at < 0) return [...vms, vm];
  return vms.map((existing, index) => (index === at ? vm : existing));
}

export function removeVm(vms: readonly VmStatus[], uuid: string): VmStatus[] {
  return vms.filter((vm) => vm.uuid !== uuid);
}

/** What happened to one VM while a full list was in flight: replayed over that list. */
export type VmChange = { kind: 'upsert'; vm: VmStatus } | { kind: 'remove'; uuid: string };

export function applyChange(vms: readonly VmStatus[], change: VmChange): VmStatus[] {
  return change.kind === 'upsert' ? upsertVm(vms, change.vm) : removeVm(vms, change.uuid);
}
