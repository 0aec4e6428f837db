import { z } from 'zod';

export const capabilitiesSchema = z.object({
  qemuSystem: z.object({ path: z.string(), version: z.string() }).nullable(),
  qemuImg: z.object({ path: z.string(), version: z.string() }).nullable(),
  kvm: z.object({ usable: z.boolean(), reason: z.string() }),
  /** What "auto" resolves to on this host, after VIREO_ACCEL. */
  defaultAccel: z.enum(['kvm', 'tcg']),
  machines: z.array(z.string()),
  /**
   * What optional host pieces exist: UEFI firmware (with Secure Boot), swtpm for TPMs, a virtiofsd
   * this engine can run for shared folders (else they go over 9p).
   */
  features: z
    .object({ uefi: z.boolean(), secureBoot: z.boolean(), tpm: z.boolean(), virtiofs: z.boolean() })
    .default({ uefi: false, secureBoot: false, tpm: false, virtiofs: false }),
  problems: z.array(z.string()),
  /** How to install QEMU, per distribution, for the first-run screen. */
  installHints: z.array(z.object({ system: z.string(), command: z.string() })),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;
