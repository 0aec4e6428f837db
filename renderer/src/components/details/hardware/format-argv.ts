import { shellQuote } from '../../../../../shared/shell-quote';

/**
 * A QEMU argv as shell command lines, one option with its value per line ("-m size=2048M"), the
 * binary first: the preview reads like virt-manager's XML view, and pastes into a shell.
 */
export function argvLines(argv: readonly string[]): string[] {
  const lines: string[] = [];
  let index = 0;
  while (index < argv.length) {
    const arg = argv[index] ?? '';
    const value = argv[index + 1];
    const takesValue = index > 0 && arg.startsWith('-') && value !== undefined && !value.startsWith('-');
    lines.push(shellQuote(takesValue ? [arg, value] : [arg]));
    index += takesValue ? 2 : 1;
  }
  return lines;
}

/** The lines of `argv` that `saved` does not have (as many times), by index: what the edit changes. */
export function changedLines(lines: readonly string[], saved: readonly string[] | null): Set<number> {
  const changed = new Set<number>();
  if (saved === null) return changed;
  const left = new Map<string, number>();
  for (const line of saved) left.set(line, (left.get(line) ?? 0) + 1);
  lines.forEach((line, index) => {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    else changed.add(index);
  });
  return changed;
}

/** The whole command, continued with backslashes: what a copy of the preview gives. */
export function formatArgv(argv: readonly string[]): string {
  return argvLines(argv).join(' \\\n    ');
}
