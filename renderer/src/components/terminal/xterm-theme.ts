import type { ITheme } from '@xterm/xterm';

/** Monospace fonts by name: xterm measures with a canvas, which knows no CSS variables. */
export const terminalFontFamily =
  "'DejaVu Sans Mono', 'Cascadia Mono', 'SF Mono', Menlo, Consolas, 'Liberation Mono', 'Noto Sans Mono CJK SC', monospace";

/** Terminal colours after the app's tokens (tokens.css), readable on each background. */
export const terminalThemes: Record<'light' | 'dark', ITheme> = {
  light: {
    background: '#ffffff',
    foreground: '#1a1f26',
    cursor: '#0a5fc2',
    cursorAccent: '#ffffff',
    selectionBackground: '#b5d0f5',
    selectionInactiveBackground: '#d9e3f0',
    scrollbarSliderBackground: 'rgba(85, 96, 109, 0.35)',
    scrollbarSliderHoverBackground: 'rgba(85, 96, 109, 0.5)',
    scrollbarSliderActiveBackground: 'rgba(85, 96, 109, 0.65)',
    black: '#1a1f26',
    red: '#b3261e',
    green: '#116329',
    yellow: '#7a4700',
    blue: '#0a5fc2',
    magenta: '#8e3ea8',
    cyan: '#0b6e80',
    white: '#55606d',
    brightBlack: '#6b7480',
    brightRed: '#d1382f',
    brightGreen: '#1a7f37',
    brightYellow: '#946200',
    brightBlue: '#2c7be5',
    brightMagenta: '#a650c4',
    brightCyan: '#13879c',
    brightWhite: '#8c95a1',
  },
  dark: {
    background: '#14181d',
    foreground: '#e7eaef',
    cursor: '#8cc2ff',
    cursorAccent: '#14181d',
    selectionBackground: '#2c4a73',
    selectionInactiveBackground: '#283241',
    scrollbarSliderBackground: 'rgba(163, 172, 185, 0.3)',
    scrollbarSliderHoverBackground: 'rgba(163, 172, 185, 0.45)',
    scrollbarSliderActiveBackground: 'rgba(163, 172, 185, 0.6)',
    black: '#2a3038',
    red: '#ff7b72',
    green: '#7ee2a0',
    yellow: '#f5c65a',
    blue: '#74b4ff',
    magenta: '#d2a8ff',
    cyan: '#76e3ea',
    white: '#c9d1d9',
    brightBlack: '#7d8590',
    brightRed: '#ffa198',
    brightGreen: '#a6f0bd',
    brightYellow: '#f8d98a',
    brightBlue: '#a5d0ff',
    brightMagenta: '#e2c5ff',
    brightCyan: '#b3f0f5',
    brightWhite: '#f6f8fa',
  },
};

/** Search highlights (xterm wants #RRGGBB). */
export const searchDecorations: Record<'light' | 'dark', { match: string; active: string }> = {
  light: { match: '#fff0c7', active: '#f5c65a' },
  dark: { match: '#3a2d0c', active: '#7a5a12' },
};
