import { z } from 'zod';

/** An operating system known to osinfo-db (or the built-in fallback list). */
export const osEntrySchema = z.object({
  id: z.string(),
  shortId: z.string(),
  name: z.string(),
  vendor: z.string().nullable(),
  family: z.string().nullable(),
  recommended: z.object({
    memoryMiB: z.number().int().nullable(),
    vcpus: z.number().int().nullable(),
    diskBytes: z.number().int().nullable(),
  }),
  /** What the OS insists on (Windows 11: UEFI with Secure Boot and a TPM 2.0); the wizard proposes it. */
  needs: z
    .object({ uefi: z.boolean(), secureBoot: z.boolean(), tpm: z.boolean() })
    .default({ uefi: false, secureBoot: false, tpm: false }),
});
export type OsEntry = z.infer<typeof osEntrySchema>;

/** What a VM remembers of its OS: shown in the list (icon) and the overview. */
export const vmOsSchema = z.object({
  id: z.string(),
  name: z.string(),
  family: z.string().nullable().default(null),
});
export type VmOs = z.infer<typeof vmOsSchema>;
