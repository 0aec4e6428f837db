import type { mainwindowEn } from './main-window.en';

export const mainwindowZhCN: Record<keyof typeof mainwindowEn, string> = {};
