/**
 * Whether a machine type matches a pattern from a firmware descriptor's `machines` list
 * ("pc-q35-*" matches "pc-q35-7.2"), the way fnmatch(3) does for `*` and `?`.
 */
export function machineGlobMatches(pattern: string, machineType: string): boolean {
  const source = [...pattern]
    .map((char) => {
      if (char === '*') return '.*';
      if (char === '?') return '.';
      return char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 's').test(machineType);
}
