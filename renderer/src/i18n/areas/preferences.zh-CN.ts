import type { preferencesEn } from './preferences.en';

export const preferencesZhCN: Record<keyof typeof preferencesEn, string> = {};
