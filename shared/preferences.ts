import { z } from 'zod';

const language = z.enum(['auto', 'en', 'zh-CN']);
const theme = z.enum(['auto', 'light', 'dark']);

/** User preferences, kept by the engine in the config dir. */
export const preferencesSchema = z.object({
  /** When the desktop app quits: leave VMs running (default), or shut them all down. */
  shutDownVmsOnQuit: z.boolean().default(false),
  language: language.default('auto'),
  theme: theme.default('auto'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/**
 * A change to some preferences. No defaults here: zod 4 applies a default even inside an optional
 * field, so a partial of preferencesSchema would reset every preference the change leaves out.
 */
export const preferenceChangesSchema = z
  .object({ shutDownVmsOnQuit: z.boolean(), language, theme })
  .partial()
  .strict();
