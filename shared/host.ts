import { z } from 'zod';

export const filePurposes = ['iso', 'disk', 'kernel', 'initrd', 'any'] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const hostInfoSchema = z.object({
  totalMemoryMiB: z.number().int(),
  dataDir: z.string(),
  /** The engine user's home folder (where exports go by default). */
  homeDir: z.string().default(''),
  /** Free space where new VM disks go. */
  freeDiskBytes: z.number().nullable(),
  /** Whether this client can show the host's file picker (the desktop app), or types paths (web). */
  nativeFilePicker: z.boolean(),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;

/** What the engine found at a path the user typed or picked. */
export const pathCheckSchema = z.object({
  path: z.string(),
  ok: z.boolean(),
  /** Why it cannot be used, in one line. */
  problem: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  /** For disk images: qemu-img's format and virtual size. */
  format: z.string().nullable(),
  virtualSizeBytes: z.number().nullable(),
  /** For ISOs: the ISO 9660 volume ID. */
  volumeId: z.string().nullable(),
});
export type PathCheck = z.infer<typeof pathCheckSchema>;
