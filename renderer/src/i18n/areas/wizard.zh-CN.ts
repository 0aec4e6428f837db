import type { wizardEn } from './wizard.en';

export const wizardZhCN: Record<keyof typeof wizardEn, string> = {};
