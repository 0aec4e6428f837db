import { z } from 'zod';
import { vmStates } from './vm-state';

export const diskInfoSchema = z.object({
  id: z.string(),
  path: z.string(),
  format: z.string(),
  bus: z.string(),
  readOnly: z.boolean(),
  managed: z.boolean(),
  virtualSizeBytes: z.number().nullable(),
  actualSizeBytes: z.number().nullable(),
  /** The images this one reads through, nearest first (a linked clone's base). */
  backingChain: z.array(z.string()).default([]),
  problem: z.string().nullable(),
});
export type DiskInfo = z.infer<typeof diskInfoSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(['state', 'error', 'info']),
  /** For state entries: the new state (the UI names it in the user's language). */
  state: z.enum(vmStates).optional(),
  message: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const vmLogSchema = z.object({
  /** qemu.log of the current (or last) run. */
  current: z.string(),
  /** qemu.log.1, the run before. */
  previous: z.string().nullable(),
});
