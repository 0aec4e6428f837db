import type { EditedKey } from './draft-values';
import { GENERAL_FIELD } from './problems';

export const sectionIds = [
  'cpu',
  'memory',
  'boot',
  'disks',
  'cdrom',
  'network',
  'display',
  'serial',
  'usb',
  'shares',
  'agent',
  'firmware',
  'kernel',
  'advanced',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** A config key a section shows: one the draft edits, or one its own requests change at once. */
export type SectionKey = EditedKey | 'shares' | 'usb';

/** The config keys each section edits. */
export const sectionKeys: Record<SectionId, readonly SectionKey[]> = {
  cpu: ['cpu'],
  memory: ['memoryMiB', 'memoryHotplug', 'memoryBalloon'],
  boot: ['bootOrder'],
  disks: ['disks'],
  cdrom: ['cdrom'],
  network: ['network'],
  display: ['display'],
  serial: ['serial', 'extraConsoles'],
  usb: ['usb'],
  shares: ['shares'],
  agent: ['guestAgent'],
  firmware: ['firmware', 'secureBoot', 'tpm', 'machine'],
  kernel: ['directKernel'],
  advanced: ['watchdog', 'extraArgs'],
};

/** The section that shows a field key's problem, or undefined for "general" problems. */
export function sectionOfField(field: string): SectionId | undefined {
  if (field === GENERAL_FIELD) return undefined;
  const top = field.split('.')[0] ?? '';
  return sectionIds.find((section) => (sectionKeys[section] as readonly string[]).includes(top));
}
