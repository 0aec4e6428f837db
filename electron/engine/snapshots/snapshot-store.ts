import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeJsonAtomic } from '../atomic-write';

const metaSchema = z.object({
  current: z.string().nullable().default(null),
  /** A memory snapshot reverted while the VM was stopped: the next start resumes it (-loadvm). */
  resumeFrom: z.string().nullable().default(null),
  snapshots: z
    .array(
      z.object({
        name: z.string(),
        description: z.string().default(''),
        createdAt: z.string(),
        parent: z.string().nullable().default(null),
        withMemory: z.boolean().default(false),
      }),
    )
    .default([]),
});
export type SnapshotMeta = z.infer<typeof metaSchema>;
export type SnapshotMetaEntry = SnapshotMeta['snapshots'][number];

/**
 * What qcow2 does not keep about internal snapshots — description, parent, the current one — in
 * snapshots.json beside the VM's config (written atomically). A missing or unreadable file is an
 * empty history: the disks' own snapshot lists still show.
 */
export class SnapshotStore {
  readonly path: string;

  constructor(vmDataDir: string) {
    this.path = join(vmDataDir, 'snapshots.json');
  }

  async load(): Promise<SnapshotMeta> {
    try {
      return metaSchema.parse(JSON.parse(await readFile(this.path, 'utf8')));
    } catch {
      return metaSchema.parse({});
    }
  }

  save(meta: SnapshotMeta): Promise<void> {
    return writeJsonAtomic(this.path, meta);
  }
}

/** The metadata after deleting a snapshot: its children hang from its parent; current moves up too. */
export function withoutSnapshot(meta: SnapshotMeta, name: string): SnapshotMeta {
  const gone = meta.snapshots.find((s) => s.name === name);
  const parent = gone?.parent ?? null;
  return {
    current: meta.current === name ? parent : meta.current,
    resumeFrom: meta.resumeFrom === name ? null : meta.resumeFrom,
    snapshots: meta.snapshots
      .filter((s) => s.name !== name)
      .map((s) => (s.parent === name ? { ...s, parent } : s)),
  };
}
