import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rm, stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { fieldError } from '../../../shared/errors';
import type { PortForward, VmConfig } from '../../../shared/vm-config';
import { formatSize } from '../../../shared/size';
import { vmDataDir, type VireoPaths } from '../paths';
import { createImage } from '../qemu/qemu-img';
import { convertWithProgress } from '../qemu/qemu-img-job';
import type { JobHandle } from '../jobs/job-manager';
import type { VmStore } from '../vm-store';
import { requireDiskFree } from './disk-ops';
import { prepareCloudInit } from './cloud-init-disk';
import { newVmConfig, type ParsedCreateParams } from './new-vm-config';

export interface CreateContext {
  paths: VireoPaths;
  store: VmStore;
  qemuImg: () => Promise<string>;
  existing: () => Iterable<VmConfig>;
  /** Where new disks go (the preference); empty: the VM's own folder. */
  diskFolder: string;
  /** Runs a long step (a disk conversion) as a job clients can follow and cancel. */
  runJob: (title: string, work: (job: JobHandle) => Promise<void>) => Promise<void>;
}

/**
 * Validates everything first, then writes: the VM folder, its disk (new, or converted from an
 * imported image), and last its config. Any failure removes what was written, so nothing is left
 * half-created. Errors name the field they are about.
 */
export async function createVm(params: ParsedCreateParams, context: CreateContext): Promise<VmConfig> {
  const others = [...context.existing()];
  if (others.some((vm) => vm.name === params.name)) {
    throw fieldError('CONFLICT', ['name'], `a VM named "${params.name}" already exists`);
  }
  const hostMiB = Math.floor(totalmem() / 2 ** 20);
  if (params.memoryMiB > hostMiB) {
    const message = `memory ${params.memoryMiB} MiB is more than this host has (${formatSize(totalmem())})`;
    throw fieldError('INVALID_INPUT', ['memoryMiB'], message);
  }
  await requireFile(['iso'], 'ISO', params.iso);
  await requireFile(['kernel'], 'kernel', params.kernel);
  await requireFile(['initrd'], 'initrd', params.initrd);
  await requireFile(['existingDisk', 'path'], 'disk image', params.existingDisk?.path);
  await requireFile(['importDisk', 'path'], 'disk image', params.importDisk?.path);
  await requireFile(['cloudInit', 'image', 'path'], 'cloud image', params.cloudInit?.image.path);
  checkForwardsFree(params.forwards, others);
  if (params.existingDisk)
    await requireDiskFree(params.existingDisk.path, others, await context.qemuImg(), [
      'existingDisk',
      'path',
    ]);

  const uuid = randomUUID();
  const dataDir = vmDataDir(context.paths, uuid);
  const diskDir = context.diskFolder || dataDir;
  const config = newVmConfig(params, { uuid, dataDir, diskDir });
  const written: string[] = [dataDir];
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    const managed = config.disks.find((d) => d.managed);
    if (managed) {
      await mkdir(diskDir, { recursive: true, mode: 0o700 });
      written.push(managed.path);
      const qemuImg = await context.qemuImg();
      const importing = params.importDisk;
      if (params.cloudInit)
        await prepareCloudInit(
          params.cloudInit,
          config,
          managed.path,
          { ...context, qemuImg, dataDir, written },
          params.diskSizeBytes,
        );
      else if (importing)
        await context.runJob(`Importing ${importing.path}`, (job) =>
          convertWithProgress(
            qemuImg,
            { path: importing.path },
            { path: managed.path, format: 'qcow2' },
            {
              signal: job.signal,
              onProgress: (fraction) => job.progress(fraction),
            },
          ),
        );
      else await createImage(qemuImg, managed.path, managed.format, params.diskSizeBytes ?? 0);
    }
    await context.store.save(config);
  } catch (error) {
    for (const path of written) await rm(path, { recursive: true, force: true });
    throw error;
  }
  return config;
}

async function requireFile(field: string[], what: string, path: string | undefined): Promise<void> {
  if (path === undefined) return;
  let info;
  try {
    await access(path, constants.R_OK);
    info = await stat(path);
  } catch {
    throw fieldError('INVALID_INPUT', field, `the ${what} file does not exist or is not readable: ${path}`);
  }
  if (!info.isFile() && !info.isBlockDevice()) {
    throw fieldError('INVALID_INPUT', field, `the ${what} path is not a file: ${path}`);
  }
}

function forwardKey(f: PortForward): string {
  return `${f.protocol}:${f.hostPort}`;
}

/**
 * A host port can be forwarded by one VM only (both would fail to bind it when running together).
 * The error names the field: [...at, index, 'hostPort'].
 */
export function checkForwardsFree(
  forwards: PortForward[],
  others: VmConfig[],
  at: ReadonlyArray<string | number> = ['forwards'],
): void {
  const taken = new Map<string, string>();
  for (const vm of others) {
    if (vm.network.mode !== 'user') continue;
    for (const f of vm.network.forwards) taken.set(forwardKey(f), vm.name);
  }
  forwards.forEach((f, index) => {
    const owner = taken.get(forwardKey(f));
    if (owner !== undefined) {
      const message = `host port ${f.protocol}:${f.hostPort} is already forwarded by VM "${owner}"`;
      throw fieldError('CONFLICT', [...at, index, 'hostPort'], message);
    }
  });
}
