import { z } from 'zod';

/**
 * A long operation (convert, clone, snapshot, save, export…): every client sees its progress in
 * `job.updated` events and may cancel it. The request that started it answers when it ends.
 */
export const jobStateSchema = z.enum(['running', 'done', 'failed', 'cancelled']);

export const jobSchema = z.object({
  id: z.string(),
  /** What it does, e.g. "clone", "snapshot-save". */
  kind: z.string(),
  /** The VM it is about (uuid), when one. */
  vm: z.string().nullable(),
  /** A sentence for people: "Cloning “web” to “web 2”". */
  title: z.string(),
  state: jobStateSchema,
  /** 0–1, or null while unknown. */
  progress: z.number().min(0).max(1).nullable(),
  cancellable: z.boolean(),
  error: z.string().nullable(),
  startedAt: z.string(),
});
export type Job = z.infer<typeof jobSchema>;

/** A client may name the job of a request it makes, to follow and cancel it before the answer. */
export const jobIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a job id: letters, digits, - and _')
  .optional();
