import { z } from 'zod';

/**
 * Snapshot names: what qemu-img and QMP take as a tag without surprises. Not all digits:
 * qemu-img would read those as a snapshot id rather than a name.
 */
export const snapshotNameSchema = z
  .string()
  .trim()
  .min(1, 'a snapshot needs a name')
  .max(64, 'a snapshot name is at most 64 characters')
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'a snapshot name may use letters, digits, spaces, ".", "_" and "-"')
  .refine((name) => !/^\d+$/.test(name), 'a snapshot name must not be only digits');

export const snapshotSchema = z.object({
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  /** The snapshot that was current when this one was taken: the tree's parent. */
  parent: z.string().nullable(),
  /** Taken of a running VM: reverting resumes the guest exactly where it was. */
  withMemory: z.boolean(),
  /** Size of the saved memory state, bytes. */
  vmStateBytes: z.number().nullable(),
  /** Why it cannot be used (a disk lacks it), or null. */
  problem: z.string().nullable(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotListSchema = z.object({
  snapshots: z.array(snapshotSchema),
  /** The snapshot the VM's disks currently derive from (the "you are here" mark). */
  current: z.string().nullable(),
  /** Why this VM cannot take snapshots now (e.g. a raw disk), or null. */
  problem: z.string().nullable(),
});
export type SnapshotList = z.infer<typeof snapshotListSchema>;
