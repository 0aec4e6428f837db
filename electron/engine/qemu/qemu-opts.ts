/**
 * Escaping for QEMU's QemuOpts syntax ("key=value,key=value"): a comma inside a value is
 * written as two commas. Values passed as JSON (-blockdev/-device) need no escaping.
 */
export function optValue(value: string): string {
  if (value.includes('\0')) throw new Error('a QEMU option value cannot contain NUL');
  return value.replaceAll(',', ',,');
}

export function opts(pairs: ReadonlyArray<readonly [string, string | number | boolean]>): string {
  return pairs
    .map(([key, value]) => {
      const text = typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
      return `${key}=${optValue(text)}`;
    })
    .join(',');
}

export const json = (value: Record<string, unknown>): string => JSON.stringify(value);
