import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { extract as extractTar } from 'tar';
import { fieldError, VireoError } from '../../../shared/errors';
import { vmConfigSchema, type VmConfig } from '../../../shared/vm-config';
import type { JobHandle } from '../jobs/job-manager';
import { vmDataDir, type VireoPaths } from '../paths';
import { writeJsonAtomic } from '../atomic-write';
import { checkForwardsFree } from '../vm/create-vm';
import { BUNDLE_MANIFEST, bundleManifestSchema } from './bundle-format';

export interface ImportContext {
  paths: VireoPaths;
  existing: () => Iterable<VmConfig>;
}

/**
 * A new VM from a .vireo bundle: unpacked into a scratch folder inside the data dir (only the
 * manifest and its disks are taken), checked, given its config, then moved into place in one rename. A uuid already
 * in use gets a new one; the name may be changed. Any problem leaves nothing behind.
 */
export async function importVm(
  bundle: string,
  options: { name?: string | undefined },
  context: ImportContext,
  job: JobHandle,
): Promise<VmConfig> {
  const vmsDir = join(context.paths.dataDir, 'vms');
  await mkdir(vmsDir, { recursive: true, mode: 0o700 });
  const scratch = await mkdtemp(join(vmsDir, '.import-'));
  try {
    job.progress(null);
    await extractTar({
      file: bundle,
      cwd: scratch,
      // Only what a bundle holds; tar already refuses absolute paths and "..".
      filter: (path) => path === BUNDLE_MANIFEST || /^disks\/[a-z][a-z0-9-]{0,31}\.(qcow2|raw)$/.test(path),
    }).catch((error: unknown) => {
      throw new VireoError(
        'INVALID_INPUT',
        `${bundle} is not a readable .vireo bundle: ${(error as Error).message}`,
      );
    });
    const manifest = bundleManifestSchema.safeParse(
      JSON.parse(await readFile(join(scratch, BUNDLE_MANIFEST), 'utf8').catch(() => 'null')),
    );
    if (!manifest.success)
      throw new VireoError('INVALID_INPUT', `${bundle} is not a .vireo bundle (no valid manifest)`);
    const source = manifest.data.config;
    const others = [...context.existing()];
    const name = options.name ?? source.name;
    if (others.some((vm) => vm.name === name))
      throw fieldError(
        'CONFLICT',
        ['name'],
        `a VM named "${name}" already exists: import it with another name`,
      );
    const uuid = others.some((vm) => vm.uuid === source.uuid) ? randomUUID() : source.uuid;
    const folder = vmDataDir(context.paths, uuid);
    const disks = source.disks.map((disk) => {
      const inside = manifest.data.disks[disk.id];
      if (!inside) throw new VireoError('INVALID_INPUT', `${bundle} lacks the image of disk “${disk.id}”`);
      return {
        ...disk,
        path: join(folder, inside.slice('disks/'.length)),
        format: 'qcow2' as const,
        managed: true,
      };
    });
    const config = vmConfigSchema.parse({ ...source, uuid, name, disks });
    if (config.network.mode === 'user') checkForwardsFree(config.network.forwards, others);
    // The disks move out of disks/ to the folder's top, where the config says they are.
    for (const disk of source.disks) {
      const inside = manifest.data.disks[disk.id] as string;
      await rename(join(scratch, inside), join(scratch, inside.slice('disks/'.length)));
    }
    await rm(join(scratch, 'disks'), { recursive: true, force: true });
    await rm(join(scratch, BUNDLE_MANIFEST), { force: true });
    await writeJsonAtomic(join(scratch, 'config.json'), config);
    await rename(scratch, folder);
    return config;
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
