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
  'firmware',
  'kernel',
  'advanced',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** The config keys each section edits. */
export const sectionKeys: Record<SectionId, readonly EditedKey[]> = {
  cpu: ['cpu'],
  memory: ['memoryMiB'],
  boot: ['bootOrder'],
  disks: ['disks'],
  cdrom: ['cdrom'],
  network: ['network'],
  display: ['display'],
  serial: ['serial', 'extraConsoles'],
  firmware: ['firmware', 'machine'],
  kernel: ['directKernel'],
  advanced: ['extraArgs'],
};

/** The section that shows a field key's problem, or undefined for "general" problems. */
export function sectionOfField(field: string): SectionId | undefined {
  if (field === GENERAL_FIELD) return undefined;
  const top = field.split('.')[0] ?? '';
  return sectionIds.find((section) => (sectionKeys[section] as readonly string[]).includes(top));
}
