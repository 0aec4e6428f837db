import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rm, stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { VireoError } from '../../../shared/errors';
import type { PortForward, VmConfig } from '../../../shared/vm-config';
import { formatSize } from '../../../shared/size';
import { vmDataDir, type VireoPaths } from '../paths';
import { createImage } from '../qemu/qemu-img';
import type { VmStore } from '../vm-store';
import { newVmConfig, type ParsedCreateParams } from './new-vm-config';

export interface CreateContext {
  paths: VireoPaths;
  store: VmStore;
  qemuImg: () => Promise<string>;
  existing: () => Iterable<VmConfig>;
}

/**
 * Validates everything first, then writes: the VM folder, its disk, and last its config.
 * Any failure removes the folder again, so nothing is left half-created.
 */
export async function createVm(params: ParsedCreateParams, context: CreateContext): Promise<VmConfig> {
  const others = [...context.existing()];
  if (others.some((vm) => vm.name === params.name)) {
    throw new VireoError('CONFLICT', `a VM named "${params.name}" already exists`);
  }
  const hostMiB = Math.floor(totalmem() / 2 ** 20);
  if (params.memoryMiB > hostMiB) {
    throw new VireoError(
      'INVALID_INPUT',
      `memory ${params.memoryMiB} MiB is more than this host has (${formatSize(totalmem())})`,
    );
  }
  await requireFile('ISO', params.iso);
  await requireFile('kernel', params.kernel);
  await requireFile('initrd', params.initrd);
  await requireFile('disk image', params.existingDisk?.path);
  checkForwardsFree(params.forwards, others);

  const uuid = randomUUID();
  const dataDir = vmDataDir(context.paths, uuid);
  const config = newVmConfig(params, { uuid, dataDir });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    for (const disk of config.disks.filter((d) => d.managed)) {
      await createImage(await context.qemuImg(), disk.path, disk.format, params.diskSizeBytes ?? 0);
    }
    await context.store.save(config);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return config;
}

async function requireFile(what: string, path: string | undefined): Promise<void> {
  if (path === undefined) return;
  let info;
  try {
    await access(path, constants.R_OK);
    info = await stat(path);
  } catch {
    throw new VireoError('INVALID_INPUT', `the ${what} file does not exist or is not readable: ${path}`);
  }
  if (!info.isFile() && !info.isBlockDevice()) {
    throw new VireoError('INVALID_INPUT', `the ${what} path is not a file: ${path}`);
  }
}

function forwardKey(f: PortForward): string {
  return `${f.protocol}:${f.hostPort}`;
}

/** A host port can be forwarded by one VM only (both would fail to bind it when running together). */
export function checkForwardsFree(forwards: PortForward[], others: VmConfig[]): void {
  const taken = new Map<string, string>();
  for (const vm of others) {
    if (vm.network.mode !== 'user') continue;
    for (const f of vm.network.forwards) taken.set(forwardKey(f), vm.name);
  }
  for (const f of forwards) {
    const owner = taken.get(forwardKey(f));
    if (owner !== undefined) {
      throw new VireoError(
        'CONFLICT',
        `host port ${f.protocol}:${f.hostPort} is already forwarded by VM "${owner}"`,
      );
    }
  }
}
