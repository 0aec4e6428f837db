import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { fieldError, VireoError } from '../../../shared/errors';
import type { DiskInfo } from '../../../shared/vm-details';
import { vmConfigSchema, type DiskConfig, type VmConfig } from '../../../shared/vm-config';
import type { addDiskParamsSchema } from '../../../shared/vm-requests';
import { checkPath } from '../host/path-check';
import { createImage, imageInfoWithChain, imageLockProblem } from '../qemu/qemu-img';
import { processesHolding } from '../process/open-files';

type NewDisk = z.output<typeof addDiskParamsSchema>['disk'];

/** The first free diskN id. */
function nextDiskId(config: VmConfig): string {
  for (let n = 0; ; n++) if (!config.disks.some((d) => d.id === `disk${n}`)) return `disk${n}`;
}

/**
 * Refuses an image another VM already uses, or that another process holds a write lock on,
 * naming the owner: two writers would corrupt it.
 */
export async function requireDiskFree(
  path: string,
  others: Iterable<VmConfig>,
  qemuImg: string,
  field: Array<string | number>,
): Promise<void> {
  for (const vm of others) {
    if (vm.disks.some((d) => d.path === path))
      throw fieldError(
        'CONFLICT',
        field,
        `${path} is a disk of the VM “${vm.name}”: clone that VM, or detach it there first`,
      );
  }
  const locked = await imageLockProblem(qemuImg, path);
  if (locked) {
    const holders = await processesHolding(path);
    throw fieldError(
      'CONFLICT',
      field,
      `${path} is in use by ${holders.join(', ') || 'another process'} (${locked})`,
    );
  }
}

/** The config with one more disk: a new qcow2 image, or an existing qcow2/raw image attached in place. */
export async function addDisk(
  config: VmConfig,
  disk: NewDisk,
  context: {
    qemuImg: () => Promise<string | undefined>;
    diskFolder: string;
    dataDir: string;
    others: Iterable<VmConfig>;
  },
): Promise<VmConfig> {
  const qemuImg = await context.qemuImg();
  if (!qemuImg) throw new VireoError('QEMU_MISSING', 'qemu-img is needed to add disks');
  const id = nextDiskId(config);
  let added: DiskConfig;
  if (disk.kind === 'new') {
    const folder = context.diskFolder || context.dataDir;
    const file = `${id}.${disk.format === 'raw' ? 'img' : 'qcow2'}`;
    const path = join(folder, context.diskFolder ? `${config.uuid}-${file}` : file);
    try {
      await createImage(qemuImg, path, disk.format, disk.sizeBytes, disk.preallocation);
    } catch (error) {
      // A full preallocation can run out of space midway: leave no partial image.
      await rm(path, { force: true });
      throw error;
    }
    added = { id, path, format: disk.format, bus: disk.bus, readOnly: false, managed: true };
  } else {
    if (config.disks.some((d) => d.path === disk.path)) {
      throw fieldError('INVALID_INPUT', ['disk', 'path'], `${disk.path} is already attached to this VM`);
    }
    const found = await checkPath(disk.path, 'disk', qemuImg);
    if (!found.ok)
      throw fieldError('INVALID_INPUT', ['disk', 'path'], `${disk.path}: ${found.problem ?? 'unusable'}`);
    await requireDiskFree(found.path, context.others, qemuImg, ['disk', 'path']);
    if (found.format !== 'qcow2' && found.format !== 'raw') {
      const message = `${disk.path} is a ${found.format ?? 'unknown'} image: import it (converts to qcow2) instead`;
      throw fieldError('INVALID_INPUT', ['disk', 'path'], message);
    }
    added = {
      id,
      path: found.path,
      format: found.format,
      bus: disk.bus,
      readOnly: disk.readOnly,
      managed: false,
    };
  }
  const bootOrder = config.bootOrder.length === 0 ? [id] : config.bootOrder;
  return vmConfigSchema.parse({ ...config, disks: [...config.disks, added], bootOrder });
}

/** Each disk with its sizes (qemu-img info, which also reads images in use). */
export async function describeDisks(
  disks: readonly DiskConfig[],
  qemuImg: string | undefined,
): Promise<DiskInfo[]> {
  return Promise.all(
    disks.map(async (disk) => {
      const base = {
        ...disk,
        virtualSizeBytes: null,
        actualSizeBytes: null,
        backingChain: [],
        problem: null,
      };
      if (!qemuImg) return { ...base, problem: 'qemu-img is not installed' };
      try {
        const info = await imageInfoWithChain(qemuImg, disk.path);
        return {
          ...base,
          virtualSizeBytes: info.virtualSize,
          actualSizeBytes: info.actualSize,
          backingChain: info.chain,
        };
      } catch (error) {
        return { ...base, problem: (error as Error).message };
      }
    }),
  );
}
