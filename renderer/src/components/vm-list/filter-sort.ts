import type { VmState, VmStatus } from '../../../../shared/vm-state';

export const sortKeys = ['name', 'state'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Sorting by state lists what needs attention first: active machines, then failures, then stopped. */
const stateRank: Record<VmState, number> = {
  running: 0,
  paused: 1,
  starting: 2,
  'shutting-down': 3,
  panicked: 4,
  crashed: 5,
  broken: 6,
  saved: 7,
  stopped: 8,
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function compareByName(a: VmStatus, b: VmStatus): number {
  return collator.compare(a.name, b.name) || a.uuid.localeCompare(b.uuid);
}

/** Whether a VM matches the filter text: every word appears in its name or OS name, any case. */
export function matchesFilter(vm: VmStatus, filter: string): boolean {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${vm.name} ${vm.os?.name ?? ''}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The VMs the list shows, in order. Ties keep a stable order (by name, then uuid). */
export function visibleVms(vms: readonly VmStatus[], filter: string, sort: SortKey): VmStatus[] {
  const shown = vms.filter((vm) => matchesFilter(vm, filter));
  return shown.sort((a, b) =>
    sort === 'state' ? stateRank[a.state] - stateRank[b.state] || compareByName(a, b) : compareByName(a, b),
  );
}
