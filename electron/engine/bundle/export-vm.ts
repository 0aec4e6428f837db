import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create as createTar } from 'tar';
import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { JobHandle } from '../jobs/job-manager';
import { imageInfo } from '../qemu/qemu-img';
import { convertWithProgress } from '../qemu/qemu-img-job';
import { BUNDLE_MANIFEST, BUNDLE_VERSION, type BundleManifest } from './bundle-format';

/**
 * Writes a stopped VM as a .vireo bundle: its config and every disk (as qcow2, compressed when
 * asked) in a tar. Disks are converted first (most of the time, with progress), then packed; the
 * bundle appears at `target` only once complete. ISOs and kernels stay outside, by path.
 */
export async function exportVm(
  config: VmConfig,
  target: string,
  options: { qemuImg: string; scratchDir: string; compress: boolean },
  job: JobHandle,
): Promise<{ bytes: number }> {
  if (
    await stat(target).then(
      () => true,
      () => false,
    )
  )
    throw new VireoError('CONFLICT', `${target} already exists: choose another file name`);
  const work = await mkdtemp(join(options.scratchDir, '.export-'));
  const partial = `${target}.partial`;
  try {
    await mkdir(join(work, 'disks'), { mode: 0o700 });
    const sizes = await Promise.all(
      config.disks.map(async (d) => (await imageInfo(options.qemuImg, d.path)).virtualSize),
    );
    const total = sizes.reduce((a, b) => a + b, 0) || 1;
    let done = 0;
    const disks: Record<string, string> = {};
    for (const [index, disk] of config.disks.entries()) {
      const name = `disks/${disk.id}.qcow2`;
      const size = sizes[index] ?? 0;
      await convertWithProgress(
        options.qemuImg,
        { path: disk.path, format: disk.format },
        { path: join(work, name), format: 'qcow2', compress: options.compress },
        { signal: job.signal, onProgress: (f) => job.progress((0.9 * (done + f * size)) / total) },
      );
      done += size;
      disks[disk.id] = name;
    }
    const manifest: BundleManifest = {
      format: 'vireo-bundle',
      version: BUNDLE_VERSION,
      exportedAt: new Date().toISOString(),
      config,
      disks,
    };
    await writeFile(join(work, BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    if (job.signal.aborted) throw new VireoError('CANCELLED', 'cancelled');
    await createTar({ cwd: work, file: partial, portable: true }, [BUNDLE_MANIFEST, ...Object.values(disks)]);
    job.progress(1);
    await rename(partial, target);
    return { bytes: (await stat(target)).size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
