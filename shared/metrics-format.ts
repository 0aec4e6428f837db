import { formatSize } from './size';

/** "12.3 %", or "–" for no value. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)} %`;
}

/** Bytes as "1.5 MiB", or "–". */
export function formatBytes(value: number | null): string {
  return value === null ? '–' : formatSize(Math.round(value));
}

/** Bytes per second as "340 KiB/s", or "–". */
export function formatRate(value: number | null): string {
  return value === null ? '–' : `${formatSize(Math.round(value))}/s`;
}
