import { join } from 'node:path';
import type { DiskConfig, VmConfig } from '../../../shared/vm-config';
import { FIRMWARE_NODES } from '../qemu/argv';
import { NVRAM_FILE } from '../paths';

/** The disks a snapshot covers: every writable one (read-only images never change). */
export const snapshotDisks = (config: VmConfig): DiskConfig[] =>
  config.disks.filter((disk) => !disk.readOnly);

export type SnapshotImage = Pick<DiskConfig, 'id' | 'path' | 'format'>;

/**
 * The images a snapshot goes into: the writable disks (the first one also holds the memory), then
 * a UEFI VM's variable store, so a revert brings its boot entries back too.
 */
export function snapshotImages(config: VmConfig, dataDir: string): SnapshotImage[] {
  const images: SnapshotImage[] = snapshotDisks(config);
  if (config.firmware === 'uefi')
    images.push({ id: FIRMWARE_NODES.vars, path: join(dataDir, NVRAM_FILE), format: 'qcow2' });
  return images;
}

/**
 * Why this VM cannot take a snapshot now, or null. Internal snapshots live inside qcow2 images, so
 * every writable disk must be qcow2; a running VM's memory goes into its first one.
 */
export function snapshotProblem(config: VmConfig, running: boolean): string | null {
  const disks = snapshotDisks(config);
  const raw = disks.find((disk) => disk.format !== 'qcow2');
  if (raw)
    return `snapshots need qcow2 disks: “${raw.id}” is ${raw.format} (convert it, or make it read-only, to take snapshots)`;
  if (disks.length === 0)
    return running
      ? 'a running VM’s snapshot keeps its memory in a qcow2 disk, and this VM has no writable disk'
      : 'this VM has no writable disk to snapshot';
  if (running && config.display.vnc && config.display.clipboard)
    return (
      'QEMU 7.2 cannot save the memory of a VM with the shared clipboard (qemu-vdagent): turn it off in ' +
      'Hardware → Display and restart the VM, or shut the VM down for a snapshot of its disks'
    );
  return null;
}
