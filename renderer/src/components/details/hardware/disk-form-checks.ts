import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import type { DiskBus } from './disk-bus';
import type { HardwareDraft } from './draft';
import { parseDecimal } from './numbers';
import type { Problem } from './problems';
import { sataDevicesNeeded, sataSlots } from './sata-slots';

/** What the add-disk forms need. */
export interface DiskFormContext {
  uuid: string;
  draft: HardwareDraft;
  freeDiskBytes: number | null;
  nativePicker: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
  onClose(): void;
}

const MIB = 2 ** 20;

/** A new disk's size typed in GiB, in bytes (whole MiB, at least 1 MiB); undefined when not a size. */
export function newDiskSizeBytes(gibText: string): number | undefined {
  const gib = parseDecimal(gibText);
  if (gib === undefined) return undefined;
  const bytes = Math.round((gib * 1024 * MIB) / MIB) * MIB;
  return bytes >= MIB && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** The SATA slot problem one more disk on `bus` would cause, if any. */
export function sataProblemWith(draft: HardwareDraft, bus: DiskBus): Problem | undefined {
  const needed = sataDevicesNeeded([...draft.disks, { bus }], draft.cdrom !== null);
  const slots = sataSlots[draft.machine];
  if (bus !== 'sata' || needed <= slots) return undefined;
  return { key: 'hwErrorSataSlots', values: { machine: draft.machine, slots, needed } };
}
