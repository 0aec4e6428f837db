import type { VmConfig } from '../../../../../shared/vm-config';
import type { BootDeviceKind, HardwareDraft } from './draft';

export interface BootDevice {
  id: string;
  kind: BootDeviceKind;
}

/** The devices a saved config can boot from, in device order: disks, the CD-ROM, the network card. */
export function configDeviceIds(config: Pick<VmConfig, 'disks' | 'cdrom' | 'network'>): string[] {
  return [
    ...config.disks.map((disk) => disk.id),
    ...(config.cdrom ? [config.cdrom.id] : []),
    ...(config.network.mode === 'none' ? [] : [config.network.id]),
  ];
}

/** The devices the draft can boot from, in device order. */
export function draftDevices(draft: Pick<HardwareDraft, 'disks' | 'cdrom' | 'network'>): BootDevice[] {
  return [
    ...draft.disks.map((disk): BootDevice => ({ id: disk.id, kind: 'disk' })),
    ...(draft.cdrom ? [{ id: draft.cdrom.id, kind: 'cdrom' as const }] : []),
    ...(draft.network.mode === 'none' ? [] : [{ id: draft.network.id, kind: 'network' as const }]),
  ];
}
