import { z } from 'zod';

export const capabilitiesSchema = z.object({
  qemuSystem: z.object({ path: z.string(), version: z.string() }).nullable(),
  qemuImg: z.object({ path: z.string(), version: z.string() }).nullable(),
  kvm: z.object({ usable: z.boolean(), reason: z.string() }),
  /** What "auto" resolves to on this host, after VIREO_ACCEL. */
  defaultAccel: z.enum(['kvm', 'tcg']),
  machines: z.array(z.string()),
  problems: z.array(z.string()),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;
