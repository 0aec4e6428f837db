import { z } from 'zod';
import { vmConfigSchema } from '../../../shared/vm-config';

/** The manifest at the root of a .vireo bundle (a tar): the config, and which file holds which disk. */
export const BUNDLE_MANIFEST = 'vireo-bundle.json';
export const BUNDLE_VERSION = 1;

export const bundleManifestSchema = z.object({
  format: z.literal('vireo-bundle'),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.string(),
  config: vmConfigSchema,
  /** Disk id → its image inside the bundle ("disks/disk0.qcow2"). */
  disks: z.record(z.string(), z.string().regex(/^disks\/[a-z][a-z0-9-]{0,31}\.(qcow2|raw)$/)),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
