const units: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** Parses "20G", "512M", "1.5T", "1048576" (bytes) as qemu-img does (binary units). */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const [, amount = '', unit = ''] = match;
  const bytes = Number(amount) * (units[unit.toLowerCase()] ?? 1);
  return Number.isSafeInteger(Math.round(bytes)) ? Math.round(bytes) : undefined;
}

const unitNames = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < unitNames.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} B`;
  let rounded = Math.round(value * 10) / 10;
  // 1 MiB − 1 byte reads "1.0 MiB", not "1024.0 KiB".
  if (rounded >= 1024 && unit < unitNames.length - 1) {
    rounded = 1;
    unit += 1;
  }
  const exact = Number.isInteger(rounded) && bytes % 1024 ** unit === 0;
  return `${exact ? rounded.toFixed(0) : rounded.toFixed(1)} ${unitNames[unit]}`;
}
