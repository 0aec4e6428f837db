import type { hardwareEn } from '../../../i18n/areas/hardware.en';

export type HwMessageKey = keyof typeof hardwareEn;

/**
 * What is wrong with one field: a client-side check (a message key of this area, with values for
 * its placeholders) or the engine's own words (its INVALID_INPUT issues are English only).
 */
export type Problem =
  { key: HwMessageKey; values?: Readonly<Record<string, string | number>> } | { text: string };

/**
 * Problems by field key. A field key is the config path of the control that shows the problem,
 * dotted: "memoryMiB", "cpu.topology", "network.forwards.1.hostPort"; "general" is the rest.
 */
export type FieldProblems = Readonly<Record<string, Problem>>;

export const GENERAL_FIELD = 'general';
