import type { OsEntry } from '../../../../shared/os-info';
import type { Messages } from '../../i18n/en';
import { format } from '../../i18n/format';

export type Firmware = 'bios' | 'uefi';
export type OsNeeds = OsEntry['needs'];

export interface FirmwareSettings {
  firmware: Firmware;
  secureBoot: boolean;
  tpm: boolean;
}

/** What the wizard proposes for an OS's needs: UEFI when it needs UEFI or Secure Boot; else BIOS. */
export function firmwareFor(needs: OsNeeds | null): FirmwareSettings {
  if (needs === null) return { firmware: 'bios', secureBoot: false, tpm: false };
  return {
    firmware: needs.uefi || needs.secureBoot ? 'uefi' : 'bios',
    secureBoot: needs.secureBoot,
    tpm: needs.tpm,
  };
}

/** True when the OS insists on anything (osinfo-db: Windows 11). */
export function needsAnything(os: Pick<OsEntry, 'needs'> | null): boolean {
  return os !== null && (os.needs.uefi || os.needs.secureBoot || os.needs.tpm);
}

/** Secure Boot counts only with UEFI (the engine refuses it with BIOS). */
export function secureBootOn(settings: FirmwareSettings): boolean {
  return settings.firmware === 'uefi' && settings.secureBoot;
}

/** Whether these settings give the OS what it needs. */
export function needsMet(settings: FirmwareSettings, needs: OsNeeds): boolean {
  return (
    (!needs.uefi || settings.firmware === 'uefi') &&
    (!needs.secureBoot || secureBootOn(settings)) &&
    (!needs.tpm || settings.tpm)
  );
}

/** "Microsoft Windows 11 needs UEFI with Secure Boot and a TPM 2.0.", or null when it needs nothing. */
export function needsText(t: Messages, os: OsEntry | null): string | null {
  if (os === null || !needsAnything(os)) return null;
  const parts: string[] = [];
  if (os.needs.secureBoot) parts.push(t.wzFwNeedsSecureBoot);
  else if (os.needs.uefi) parts.push(t.wzFwNeedsUefi);
  if (os.needs.tpm) parts.push(t.wzFwNeedsTpm);
  return format(t.wzFwNeeds, { os: os.name, what: parts.join(t.wzFwNeedsAnd) });
}
