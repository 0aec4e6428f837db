import { format } from '../../../i18n/format';
import type { Messages } from '../../../i18n/en';
import type { BootDeviceKind, HardwareDraft } from './draft';

/** A bootable device's name in the boot list: "Disk disk0", "CD-ROM cdrom0". */
export function deviceLabel(t: Messages, kind: BootDeviceKind, id: string): string {
  const template = kind === 'disk' ? t.hwDeviceDisk : kind === 'cdrom' ? t.hwDeviceCdrom : t.hwDeviceNetwork;
  return format(template, { id });
}

/** What is behind a device, in the boot list's second line: the image, the media, the card. */
export function deviceDetail(t: Messages, draft: HardwareDraft, kind: BootDeviceKind, id: string): string {
  if (kind === 'disk') return draft.disks.find((disk) => disk.id === id)?.path ?? '';
  if (kind === 'cdrom') return draft.cdrom?.path ?? t.hwCdromEmpty;
  return `${draft.network.model} · ${draft.network.mac}`;
}
