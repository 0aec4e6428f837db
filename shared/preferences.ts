import { z } from 'zod';

/** User preferences, kept by the engine in the config dir. */
export const preferencesSchema = z.object({
  /** When the desktop app quits: leave VMs running (default), or shut them all down. */
  shutDownVmsOnQuit: z.boolean().default(false),
  language: z.enum(['auto', 'en', 'zh-CN']).default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
});
export type Preferences = z.infer<typeof preferencesSchema>;
