import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fieldError, VireoError } from '../../../shared/errors';
import { vmConfigSchema, type DiskConfig, type VmConfig } from '../../../shared/vm-config';
import type { JobHandle } from '../jobs/job-manager';
import { vmDataDir, type VireoPaths } from '../paths';
import { createOverlay, imageInfo, imageSnapshots } from '../qemu/qemu-img';
import { convertWithProgress } from '../qemu/qemu-img-job';
import type { VmStore } from '../vm-store';
import { randomMac } from './new-vm-config';

export interface CloneContext {
  paths: VireoPaths;
  store: VmStore;
  qemuImg: string;
  existing: () => Iterable<VmConfig>;
}

export interface CloneRequest {
  source: VmConfig;
  name: string;
  linked: boolean;
  /** The source's QEMU is paused (a full clone reads its disks while QEMU holds them). */
  sourcePaused: boolean;
}

/** The clone's config: new identity (uuid, name, MAC), its disks in its own folder. */
function cloneConfig(source: VmConfig, name: string, uuid: string, disks: DiskConfig[]): VmConfig {
  const network =
    source.network.mode === 'user'
      ? // Host ports can be forwarded by one VM only: the clone starts without forwards.
        { ...source.network, mac: randomMac(), forwards: [] }
      : source.network.mode === 'bridge'
        ? { ...source.network, mac: randomMac() }
        : source.network;
  return vmConfigSchema.parse({
    ...source,
    uuid,
    name,
    createdAt: new Date().toISOString(),
    description: source.description,
    disks,
    network,
  });
}

/**
 * A new VM from an existing one. Full: every writable disk copied into the clone's folder (qemu-img
 * convert, with progress). Linked: the clone gets qcow2 overlays on the source's disks, which from
 * then on are read-only bases — so the source gets its own overlay too (its config is unchanged
 * for a disk in its folder: the image moves to bases/ and an overlay takes its place). Read-only
 * disks are shared as they are. Any failure or cancel removes the clone's folder and undoes the
 * source's change; the source's data is never written.
 */
export async function cloneVm(
  request: CloneRequest,
  context: CloneContext,
  job: JobHandle,
): Promise<VmConfig> {
  const { source, name, linked } = request;
  if ([...context.existing()].some((vm) => vm.name === name))
    throw fieldError('CONFLICT', ['name'], `a VM named "${name}" already exists`);
  if (linked && request.sourcePaused)
    throw new VireoError(
      'INVALID_STATE',
      `a linked clone turns “${source.name}”’s disks into shared bases: shut it down first`,
    );
  if (linked) {
    for (const disk of source.disks.filter((d) => !d.readOnly && d.format === 'qcow2')) {
      if ((await imageSnapshots(context.qemuImg, disk.path)).length > 0)
        throw new VireoError(
          'UNSUPPORTED',
          `“${source.name}” has snapshots, which stay with its disks: make a full clone, or delete them first`,
        );
    }
  }
  const uuid = randomUUID();
  const folder = vmDataDir(context.paths, uuid);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const undo: Array<() => Promise<void>> = [];
  try {
    const writable = source.disks.filter((d) => !d.readOnly);
    const sizes = await Promise.all(
      writable.map(async (d) => (await imageInfo(context.qemuImg, d.path)).virtualSize),
    );
    const total = sizes.reduce((a, b) => a + b, 0) || 1;
    let done = 0;
    const disks: DiskConfig[] = [];
    for (const disk of source.disks) {
      if (disk.readOnly) {
        disks.push({ ...disk, managed: false });
        continue;
      }
      const target = join(folder, `${disk.id}.qcow2`);
      const size = sizes[writable.indexOf(disk)] ?? 0;
      if (linked) {
        const base = await baseOf(disk, source, context, undo);
        await createOverlay(context.qemuImg, target, base, disk.format);
      } else {
        await convertWithProgress(
          context.qemuImg,
          { path: disk.path, format: disk.format },
          { path: target, format: 'qcow2' },
          {
            signal: job.signal,
            shareSource: request.sourcePaused,
            onProgress: (f) => job.progress((done + f * size) / total),
          },
        );
        await chmod(target, 0o600);
      }
      done += size;
      job.progress(done / total);
      disks.push({ ...disk, path: target, format: 'qcow2', managed: true });
    }
    if (job.signal.aborted) throw new VireoError('CANCELLED', 'cancelled');
    if ([...context.existing()].some((vm) => vm.name === name))
      throw fieldError('CONFLICT', ['name'], `a VM named "${name}" already exists`);
    const config = cloneConfig(source, name, uuid, disks);
    await context.store.save(config);
    return config;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}

/**
 * The read-only base a linked clone builds on, for one of the source's disks. A disk in the
 * source's folder moves to bases/ and an overlay takes its path (the source's config stays as it
 * is); an image of the user's elsewhere stays put and is never written again, so the source's
 * config would have to change — refused, to keep this simple and safe.
 */
async function baseOf(
  disk: DiskConfig,
  source: VmConfig,
  context: CloneContext,
  undo: Array<() => Promise<void>>,
) {
  if (!disk.managed)
    throw new VireoError(
      'UNSUPPORTED',
      `“${disk.id}” of “${source.name}” is your image at ${disk.path}: make a full clone instead`,
    );
  const bases = join(context.paths.dataDir, 'bases');
  await mkdir(bases, { recursive: true, mode: 0o700 });
  const base = join(bases, `${source.uuid}-${disk.id}-${Date.now()}.${disk.format}`);
  await rename(disk.path, base);
  undo.push(async () => {
    await rm(disk.path, { force: true });
    await rename(base, disk.path);
  });
  await chmod(base, 0o400);
  await createOverlay(context.qemuImg, disk.path, base, disk.format);
  return base;
}
