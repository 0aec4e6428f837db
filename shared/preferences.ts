import { z } from 'zod';

const language = z.enum(['auto', 'en', 'zh-CN']);
const theme = z.enum(['auto', 'light', 'dark']);

const accel = z.enum(['auto', 'kvm', 'tcg']);
const optionalPath = z.string().refine((p) => p === '' || p.startsWith('/'), {
  message: 'must be an absolute path (or empty for the default)',
});
/** Seconds between samples: 0.5 to 60, in half seconds. */
const metricsIntervalSec = z
  .number()
  .min(0.5)
  .max(60)
  .refine((n) => Number.isInteger(n * 2), 'a whole or half number of seconds');
const metricsHistoryMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
const terminalScrollback = z.number().int().min(100).max(1_000_000);
const sshUser = z.string().regex(/^([A-Za-z0-9._][A-Za-z0-9._-]{0,31})?$/, 'a user name, or empty');

/** User preferences, kept by the engine in the config dir. */
export const preferencesSchema = z.object({
  /** When the desktop app quits: leave VMs running (default), or shut them all down. */
  shutDownVmsOnQuit: z.boolean().default(false),
  language: language.default('auto'),
  theme: theme.default('auto'),
  /** Where new VMs' disks go; empty: each VM's own folder in the data dir. */
  diskFolder: optionalPath.default(''),
  /** QEMU binaries; empty: found on PATH. VIREO_QEMU / VIREO_QEMU_IMG override these. */
  qemuSystemPath: optionalPath.default(''),
  qemuImgPath: optionalPath.default(''),
  /** The accelerator new VMs get. */
  defaultAccel: accel.default('auto'),
  metricsIntervalSec: metricsIntervalSec.default(1),
  metricsHistoryMinutes: metricsHistoryMinutes.default(60),
  /** Lines a serial or SSH terminal keeps. */
  terminalScrollback: terminalScrollback.default(10_000),
  /** The user "Open SSH terminal" logs in as; empty: ssh's default (yours). */
  sshUser: sshUser.default(''),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/**
 * A change to some preferences. No defaults here: zod 4 applies a default even inside an optional
 * field, so a partial of preferencesSchema would reset every preference the change leaves out.
 */
export const preferenceChangesSchema = z
  .object({
    shutDownVmsOnQuit: z.boolean(),
    language,
    theme,
    diskFolder: optionalPath,
    qemuSystemPath: optionalPath,
    qemuImgPath: optionalPath,
    defaultAccel: accel,
    metricsIntervalSec,
    metricsHistoryMinutes,
    terminalScrollback,
    sshUser,
  })
  .partial()
  .strict();
