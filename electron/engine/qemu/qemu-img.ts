import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { VireoError } from '../../../shared/errors';

const run = promisify(execFile);

export interface ImageInfo {
  format: string;
  virtualSize: number;
  actualSize: number | null;
  backingFile: string | null;
}

async function qemuImg(binary: string, args: string[], timeoutMs = 120_000): Promise<string> {
  try {
    const { stdout } = await run(binary, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    const why = stderr || (error as Error).message;
    throw new VireoError('QEMU_FAILED', `qemu-img ${args[0]} failed: ${why}`);
  }
}

export async function createImage(
  binary: string,
  path: string,
  format: 'qcow2' | 'raw',
  sizeBytes: number,
  preallocation: 'off' | 'metadata' | 'falloc' | 'full' = 'off',
) {
  // Absolute paths only: qemu-img takes a leading "proto:" as a protocol, never after a "/".
  const options = preallocation === 'off' ? [] : ['-o', `preallocation=${preallocation}`];
  await qemuImg(binary, ['create', '-q', '-f', format, ...options, path, String(sizeBytes)], 60 * 60 * 1000);
  await chmod(path, 0o600);
}

function toImageInfo(info: Record<string, unknown>): ImageInfo {
  return {
    format: String(info.format),
    virtualSize: Number(info['virtual-size']),
    actualSize: typeof info['actual-size'] === 'number' ? info['actual-size'] : null,
    backingFile: typeof info['backing-filename'] === 'string' ? info['backing-filename'] : null,
  };
}

export async function imageInfo(binary: string, path: string): Promise<ImageInfo> {
  return toImageInfo(
    JSON.parse(await qemuImg(binary, ['info', '--output=json', '-U', path])) as Record<string, unknown>,
  );
}

/**
 * An image's info and the files it reads through (its backing file, that one's, … nearest first),
 * from one qemu-img call.
 */
export async function imageInfoWithChain(
  binary: string,
  path: string,
): Promise<ImageInfo & { chain: string[] }> {
  const chain = JSON.parse(
    await qemuImg(binary, ['info', '--backing-chain', '--output=json', '-U', path]),
  ) as Array<Record<string, unknown>>;
  const [top] = chain;
  if (!top) throw new VireoError('QEMU_FAILED', `qemu-img info said nothing about ${path}`);
  return { ...toImageInfo(top), chain: chain.slice(1).map((image) => String(image.filename)) };
}

/** Grows (or, for raw with `shrink`, cuts) an image that no QEMU has open. */
export async function resizeImage(binary: string, path: string, format: 'qcow2' | 'raw', sizeBytes: number) {
  await qemuImg(binary, ['resize', '-f', format, path, String(sizeBytes)]);
}

/**
 * Whether another process (a running QEMU) holds the image's write lock: qemu-io, beside qemu-img
 * in the same package, opens it for writing the way QEMU would and fails then. null when it is
 * free, or when qemu-io is not installed (no check is possible).
 */
export async function imageLockProblem(qemuImgBinary: string, path: string): Promise<string | null> {
  const qemuIo = join(dirname(qemuImgBinary), 'qemu-io');
  if (!existsSync(qemuIo)) return null;
  try {
    await run(qemuIo, ['-c', 'quit', path], { timeout: 30_000 });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    return /lock/i.test(stderr) ? 'it is locked for writing' : null;
  }
}

export interface ImageSnapshot {
  name: string;
  vmStateBytes: number;
  dateSec: number;
}

/** The internal snapshots of a qcow2 image (read without a lock, so also while QEMU runs it). */
export async function imageSnapshots(binary: string, path: string): Promise<ImageSnapshot[]> {
  const info = JSON.parse(await qemuImg(binary, ['info', '--output=json', '-U', path])) as {
    snapshots?: Array<{ name: string; 'vm-state-size': number; 'date-sec': number }>;
  };
  return (info.snapshots ?? []).map((s) => ({
    name: s.name,
    vmStateBytes: s['vm-state-size'],
    dateSec: s['date-sec'],
  }));
}

/** qemu-img snapshot: create (-c), apply (-a) or delete (-d) an internal snapshot of a stopped image. */
export async function snapshotImage(
  binary: string,
  action: 'create' | 'apply' | 'delete',
  name: string,
  path: string,
) {
  const flag = { create: '-c', apply: '-a', delete: '-d' }[action];
  await qemuImg(binary, ['snapshot', flag, name, path], 30 * 60 * 1000);
}

/** A new qcow2 image at `path` whose reads fall through to `backing` (absolute) until written. */
export async function createOverlay(
  binary: string,
  path: string,
  backing: string,
  backingFormat: 'qcow2' | 'raw',
) {
  await qemuImg(binary, ['create', '-q', '-f', 'qcow2', '-b', backing, '-F', backingFormat, path]);
  await chmod(path, 0o600);
}
