import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { fieldError, VireoError } from '../../../shared/errors';
import type { ProgressOptions } from '../qemu/qemu-img-job';

/** The SHA-256 of a file, streamed, with progress; the signal stops it. */
export async function sha256OfFile(path: string, options: ProgressOptions = {}): Promise<string> {
  const hash = createHash('sha256');
  const { size } = await stat(path);
  let read = 0;
  const stream = createReadStream(path);
  stream.on('data', (chunk) => {
    read += chunk.length;
    if (size > 0) options.onProgress?.(read / size);
  });
  try {
    await pipeline(stream, hash, { signal: options.signal ?? undefined });
  } catch (error) {
    if (options.signal?.aborted) throw new VireoError('CANCELLED', 'the check was cancelled');
    throw error;
  }
  return hash.digest('hex');
}

/** Refuses a file whose SHA-256 is not the one the user gave. */
export async function requireSha256(
  path: string,
  expected: string | undefined,
  field: string[],
  options: ProgressOptions = {},
): Promise<void> {
  if (!expected) return;
  const actual = await sha256OfFile(path, options);
  if (actual !== expected.toLowerCase())
    throw fieldError('INVALID_INPUT', field, `the image's SHA-256 is ${actual}, not the ${expected} given`);
}

/**
 * Downloads a cloud image into `folder` (kept there: it becomes the read-only base of the VM's
 * disk), with progress from Content-Length, and checks its SHA-256 when one is given. The file
 * appears under its final name only once complete and verified.
 */
export async function downloadImage(
  url: string,
  folder: string,
  sha256: string | undefined,
  options: ProgressOptions = {},
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal ?? null });
  } catch (error) {
    if (options.signal?.aborted) throw new VireoError('CANCELLED', 'the download was cancelled');
    throw fieldError(
      'INVALID_INPUT',
      ['cloudInit', 'image', 'url'],
      `cannot download ${url}: ${(error as Error).message}`,
    );
  }
  if (!response.ok || !response.body)
    throw fieldError(
      'INVALID_INPUT',
      ['cloudInit', 'image', 'url'],
      `${url} answered ${response.status} ${response.statusText}`,
    );
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const name = basename(new URL(url).pathname) || 'cloud-image';
  const target = join(folder, `${Date.now().toString(36)}-${name}`);
  const partial = `${target}.part`;
  const total = Number(response.headers.get('content-length')) || 0;
  let received = 0;
  const hash = createHash('sha256');
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    hash.update(chunk);
    if (total > 0) options.onProgress?.(Math.min(received / total, 1));
  });
  try {
    await pipeline(body, createWriteStream(partial, { mode: 0o400 }), {
      signal: options.signal ?? undefined,
    });
    const actual = hash.digest('hex');
    if (sha256 && actual !== sha256.toLowerCase())
      throw fieldError(
        'INVALID_INPUT',
        ['cloudInit', 'image', 'sha256'],
        `the download's SHA-256 is ${actual}, not the ${sha256} given`,
      );
    await rename(partial, target);
    return target;
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted) throw new VireoError('CANCELLED', 'the download was cancelled');
    throw error;
  }
}
