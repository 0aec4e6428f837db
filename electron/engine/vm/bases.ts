import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { VmConfig } from '../../../shared/vm-config';
import { imageInfoWithChain } from '../qemu/qemu-img';

/**
 * data/bases/ holds read-only images overlays are built on (a linked clone's original, a cloud
 * image). Work that puts an image there before a config refers to it holds this lock, so pruning
 * never sees a base in between.
 */
export class BasesLock {
  private queue: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}

export const basesDir = (dataDir: string) => join(dataDir, 'bases');

/**
 * Removes the bases no disk reads through any more — of a VM, or a disk kept when its VM was
 * deleted. When any chain cannot be read, nothing is removed: a base is removed only when it is
 * certainly unused. Returns what was removed.
 */
export async function pruneBases(
  dataDir: string,
  configs: readonly VmConfig[],
  keptDisks: readonly string[],
  qemuImg: string,
): Promise<string[]> {
  const folder = basesDir(dataDir);
  const bases = (await readdir(folder).catch(() => [])).map((name) => join(folder, name));
  if (bases.length === 0) return [];
  const tops = [
    ...configs.flatMap((c) => c.disks.filter((d) => d.format === 'qcow2').map((d) => d.path)),
    ...keptDisks,
  ];
  const used = new Set<string>();
  for (const path of tops) {
    try {
      for (const file of (await imageInfoWithChain(qemuImg, path)).chain) used.add(file);
    } catch {
      return [];
    }
  }
  const unused = bases.filter((base) => !used.has(base));
  for (const base of unused) await rm(base, { force: true });
  return unused;
}
