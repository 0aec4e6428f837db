import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeZodError, VireoError } from '../../shared/errors';
import { vmConfigSchema, type VmConfig } from '../../shared/vm-config';
import { isAtomicTempFile, writeJsonAtomic } from './atomic-write';
import { vmFiles, vmsDir, type VireoPaths } from './paths';

export type StoredVm =
  | { uuid: string; config: VmConfig; problem?: undefined }
  | { uuid: string; config?: undefined; problem: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** VM configs on disk: one folder per VM (named by uuid) holding config.json. */
export class VmStore {
  constructor(private readonly paths: VireoPaths) {}

  /** Every VM folder with a config; a config that cannot be read is reported, never fatal. */
  async loadAll(): Promise<StoredVm[]> {
    const root = vmsDir(this.paths);
    await mkdir(root, { recursive: true, mode: 0o700 });
    const entries = await readdir(root, { withFileTypes: true });
    const uuids = entries.filter((e) => e.isDirectory() && uuidPattern.test(e.name)).map((e) => e.name);
    const loaded = await Promise.all(uuids.map((uuid) => this.load(uuid)));
    return loaded.filter((vm): vm is StoredVm => vm !== undefined);
  }

  /** undefined when the folder has no config (e.g. only disks kept after a delete). */
  async load(uuid: string): Promise<StoredVm | undefined> {
    const path = vmFiles(this.paths, uuid).config;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      return { uuid, problem: `cannot read ${path}: ${(error as Error).message}` };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { uuid, problem: `${path} is not valid JSON: ${(error as Error).message}` };
    }
    const parsed = vmConfigSchema.safeParse(raw);
    if (!parsed.success) return { uuid, problem: `${path}: ${describeZodError(parsed.error)}` };
    if (parsed.data.uuid !== uuid) {
      return { uuid, problem: `${path} belongs to uuid ${parsed.data.uuid}, not its folder ${uuid}` };
    }
    return { uuid, config: parsed.data };
  }

  async save(config: VmConfig): Promise<void> {
    const valid = vmConfigSchema.parse(config);
    const files = vmFiles(this.paths, valid.uuid);
    await mkdir(files.dataDir, { recursive: true, mode: 0o700 });
    await writeJsonAtomic(files.config, valid);
  }

  /**
   * Deletes a VM's folder. With keepDisks, managed disk images stay where they are (the folder
   * then holds only them) and their paths are returned.
   */
  async remove(uuid: string, managedDisks: string[], keepDisks: boolean): Promise<string[]> {
    const files = vmFiles(this.paths, uuid);
    if (!keepDisks) {
      // Managed disks may live outside the VM folder (the "disk folder" preference).
      for (const disk of managedDisks) await rm(disk, { force: true });
      await rm(files.dataDir, { recursive: true, force: true });
      return [];
    }
    const keep = new Set(managedDisks);
    const entries = await readdir(files.dataDir).catch(() => [] as string[]);
    for (const name of entries) {
      const path = join(files.dataDir, name);
      if (!keep.has(path) || isAtomicTempFile(name)) await rm(path, { recursive: true, force: true });
    }
    return managedDisks;
  }
}

export function notFound(ref: string): VireoError {
  return new VireoError('NOT_FOUND', `no VM named "${ref}"`);
}
