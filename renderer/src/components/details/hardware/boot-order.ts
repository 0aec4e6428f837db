import { draftDevices, type BootDevice } from './boot-devices';
import type { BootEntry, HardwareDraft } from './draft';

export interface BootRow extends BootEntry {
  kind: BootDevice['kind'];
}

/**
 * The boot list the user sees: the draft's entries for devices that exist now, in their order,
 * then devices added since (not included until ticked).
 */
export function bootRows(draft: Pick<HardwareDraft, 'boot' | 'disks' | 'cdrom' | 'network'>): BootRow[] {
  const devices = draftDevices(draft);
  const kindOf = new Map(devices.map((device) => [device.id, device.kind]));
  const listed = draft.boot.flatMap((entry) => {
    const kind = kindOf.get(entry.id);
    return kind ? [{ ...entry, kind }] : [];
  });
  const listedIds = new Set(listed.map((row) => row.id));
  const added = devices.filter((device) => !listedIds.has(device.id));
  return [...listed, ...added.map((device) => ({ id: device.id, kind: device.kind, included: false }))];
}

/** The config's bootOrder: the ticked rows, in order. */
export function bootOrderOf(draft: Pick<HardwareDraft, 'boot' | 'disks' | 'cdrom' | 'network'>): string[] {
  return bootRows(draft)
    .filter((row) => row.included)
    .map((row) => row.id);
}

/** The entries after moving the visible row at `index` by `delta` (−1 up, +1 down); hidden ones kept last. */
export function moveBootRow(
  draft: Pick<HardwareDraft, 'boot' | 'disks' | 'cdrom' | 'network'>,
  index: number,
  delta: -1 | 1,
): BootEntry[] {
  const rows = bootRows(draft);
  const target = index + delta;
  const moving = rows[index];
  const other = rows[target];
  if (!moving || !other) return draft.boot;
  rows[target] = moving;
  rows[index] = other;
  return withHidden(draft.boot, rows);
}

/** The entries with one device ticked or unticked. */
export function setBootIncluded(
  draft: Pick<HardwareDraft, 'boot' | 'disks' | 'cdrom' | 'network'>,
  id: string,
  included: boolean,
): BootEntry[] {
  const rows = bootRows(draft).map((row) => (row.id === id ? { ...row, included } : row));
  return withHidden(draft.boot, rows);
}

function withHidden(entries: readonly BootEntry[], rows: readonly BootRow[]): BootEntry[] {
  const visible = new Set(rows.map((row) => row.id));
  return [
    ...rows.map(({ id, included }) => ({ id, included })),
    ...entries.filter((entry) => !visible.has(entry.id)),
  ];
}
