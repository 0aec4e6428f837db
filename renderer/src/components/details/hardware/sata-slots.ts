import type { VmConfig } from '../../../../../shared/vm-config';

/** SATA/IDE slots per machine type: q35 has six AHCI ports, pc two IDE buses × two units. */
export const sataSlots: Record<VmConfig['machine'], number> = { q35: 6, pc: 4 };

/** How many SATA/IDE devices (SATA disks and the CD-ROM drive) the machine would need. */
export function sataDevicesNeeded(disks: readonly { bus: string }[], hasCdrom: boolean): number {
  return disks.filter((disk) => disk.bus === 'sata').length + (hasCdrom ? 1 : 0);
}
