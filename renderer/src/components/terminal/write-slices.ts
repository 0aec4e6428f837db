import type { Terminal } from '@xterm/xterm';

/**
 * xterm parses a written chunk in one go and only yields to the page between chunks (after ~12 ms
 * of work); the engine sends up to 64 KiB at once, which for short lines ("yes") is 30k scrolled
 * lines and a 50–100 ms task. Slices keep every task short. xterm keeps a UTF-8 sequence or a
 * surrogate pair cut at a slice's end for the next one, so any cut is safe.
 */
export const SLICE = 8 * 1024;

export function slices<T extends string | Uint8Array>(data: T, size = SLICE): T[] {
  if (data.length <= size) return [data];
  const pieces: T[] = [];
  for (let start = 0; start < data.length; start += size) {
    pieces.push(
      (typeof data === 'string' ? data.slice(start, start + size) : data.subarray(start, start + size)) as T,
    );
  }
  return pieces;
}

/** Writes `data` in slices; `onWritten` runs once, after the last one is parsed. */
export function writeInSlices(term: Terminal, data: string | Uint8Array, onWritten?: () => void): void {
  const pieces = slices(data);
  pieces.forEach((piece, index) => term.write(piece, index === pieces.length - 1 ? onWritten : undefined));
}
