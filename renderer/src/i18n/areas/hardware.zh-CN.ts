import type { hardwareEn } from './hardware.en';

export const hardwareZhCN: Record<keyof typeof hardwareEn, string> = {};
