import { open } from 'node:fs/promises';

/** The last `maxBytes` bytes of a file; empty when it does not exist. */
export async function readFileTail(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** The last `lines` non-empty lines of a text file (reading at most its last 64 KiB). */
export async function readLogTail(path: string, lines = 20): Promise<string[]> {
  return (await readFileTail(path, 64 * 1024))
    .toString('utf8')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .slice(-lines);
}
