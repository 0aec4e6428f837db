import { join } from 'node:path';
import { fieldError, underField } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { CloudInitParams } from '../../../shared/vm-requests';
import { downloadImage, requireSha256 } from '../cloud-init/cloud-image';
import { seedFiles } from '../cloud-init/cloud-init-seed';
import { writeSeedIso } from '../cloud-init/seed-iso';
import type { JobHandle } from '../jobs/job-manager';
import type { VireoPaths } from '../paths';
import { createOverlay, imageInfo, resizeImage } from '../qemu/qemu-img';

interface CloudInitContext {
  paths: VireoPaths;
  qemuImg: string;
  /** Files written so far; the caller removes them all if creation fails. */
  written: string[];
  runJob: (title: string, work: (job: JobHandle) => Promise<void>) => Promise<void>;
}

/**
 * A cloud-image VM's disks: the image (downloaded into data/bases/, or the user's file in place)
 * becomes the read-only base of the VM's qcow2 disk, grown to `sizeBytes` when asked; the seed
 * volume carries the wizard's answers to cloud-init.
 */
export async function prepareCloudInit(
  cloud: CloudInitParams,
  config: VmConfig,
  diskPath: string,
  context: CloudInitContext & { dataDir: string },
  sizeBytes: number | undefined,
): Promise<void> {
  const files = (() => {
    try {
      return seedFiles({
        instanceId: config.uuid,
        hostname: cloud.hostname,
        user: cloud.user,
        packages: cloud.packages,
      });
    } catch (error) {
      throw underField(error, 'cloudInit');
    }
  })();
  let base = cloud.image.path;
  const url = cloud.image.url;
  if (url) {
    await context.runJob(`Downloading ${url}`, async (job) => {
      base = await downloadImage(url, join(context.paths.dataDir, 'bases'), cloud.image.sha256, {
        signal: job.signal,
        onProgress: (f) => job.progress(f),
      });
      context.written.push(base);
    });
  } else if (base) {
    const local = base;
    await context.runJob(`Checking ${local}`, (job) =>
      requireSha256(local, cloud.image.sha256, ['cloudInit', 'image', 'sha256'], {
        signal: job.signal,
        onProgress: (f) => job.progress(f),
      }),
    );
  }
  if (!base) throw new Error('a cloud image has a path or a URL (checked by the schema)');
  const info = await imageInfo(context.qemuImg, base);
  if (info.format !== 'raw' && info.format !== 'qcow2')
    throw fieldError(
      'INVALID_INPUT',
      ['cloudInit', 'image'],
      `a cloud image must be qcow2 or raw; this one is ${info.format}`,
    );
  const format = info.format;
  context.written.push(diskPath);
  await createOverlay(context.qemuImg, diskPath, base, format);
  if (sizeBytes !== undefined && sizeBytes > info.virtualSize)
    await resizeImage(context.qemuImg, diskPath, 'qcow2', sizeBytes);
  const seed = config.disks.find((d) => d.id === 'seed0');
  if (seed) await writeSeedIso(seed.path, files);
}
