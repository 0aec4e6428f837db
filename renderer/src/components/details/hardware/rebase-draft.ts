import type { VmConfig } from '../../../../../shared/vm-config';
import { draftFromConfig, type HardwareDraft } from './draft';
import { sameValue } from './same-value';

type Part = Exclude<keyof HardwareDraft, 'disks' | 'boot'>;
const parts: readonly Part[] = [
  'cpu',
  'memoryMiB',
  'memoryHotplug',
  'machine',
  'firmware',
  'secureBoot',
  'tpm',
  'cdrom',
  'kernel',
  'network',
  'display',
  'serial',
  'memoryBalloon',
  'guestAgent',
  'watchdog',
  'extraConsoles',
  'extraArgs',
];

/** A draft part as compared: forward and console rows without their React keys. */
function comparable(draft: HardwareDraft, part: Part): unknown {
  if (part === 'extraConsoles') return draft.extraConsoles.map(({ key: _key, ...row }) => row);
  if (part !== 'network') return draft[part];
  return { ...draft.network, forwards: draft.network.forwards.map(({ key: _key, ...row }) => row) };
}

/**
 * The draft over a new saved config (after a disk was added or removed, a vCPU added, a USB device
 * attached): the user's unsaved edits are kept, everything they did not touch follows the new
 * config. A vCPU count changed while the VM runs follows too, unless the count itself was edited.
 */
export function rebaseDraft(draft: HardwareDraft, before: VmConfig, after: VmConfig): HardwareDraft {
  const old = draftFromConfig(before);
  const next = draftFromConfig(after);
  const rebased: HardwareDraft = { ...next };
  for (const part of parts) {
    if (!sameValue(comparable(draft, part), comparable(old, part))) {
      Object.assign(rebased, { [part]: draft[part] });
    }
  }
  if (rebased.cpu !== next.cpu && draft.cpu.count === old.cpu.count) {
    rebased.cpu = { ...draft.cpu, count: next.cpu.count };
  }
  rebased.disks = next.disks.map((disk) => {
    const edited = draft.disks.find((d) => d.id === disk.id);
    const saved = before.disks.find((d) => d.id === disk.id);
    if (!edited || !saved) return disk;
    return {
      ...disk,
      bus: edited.bus !== saved.bus ? edited.bus : disk.bus,
      readOnly: edited.readOnly !== saved.readOnly ? edited.readOnly : disk.readOnly,
    };
  });
  if (!sameValue(draft.boot, old.boot)) {
    const known = new Set(draft.boot.map((entry) => entry.id));
    rebased.boot = [...draft.boot, ...next.boot.filter((entry) => !known.has(entry.id))];
  }
  return rebased;
}
