import type { Messages } from '../../../i18n/en';
import type { SectionId } from './sections';

export function sectionTitle(t: Messages, section: SectionId): string {
  const titles: Record<SectionId, string> = {
    cpu: t.hwSectionCpu,
    memory: t.hwSectionMemory,
    boot: t.hwSectionBoot,
    disks: t.hwSectionDisks,
    cdrom: t.hwSectionCdrom,
    network: t.hwSectionNetwork,
    display: t.hwSectionDisplay,
    serial: t.hwSectionSerial,
    usb: t.hwSectionUsb,
    shares: t.hwSectionShares,
    agent: t.hwSectionAgent,
    firmware: t.hwSectionFirmware,
    kernel: t.hwSectionKernel,
    advanced: t.hwSectionAdvanced,
  };
  return titles[section];
}
