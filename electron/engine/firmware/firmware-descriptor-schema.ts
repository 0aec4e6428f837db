import { z } from 'zod';

/**
 * The parts of a QEMU firmware descriptor (QEMU's docs/interop/firmware.json) that choosing a
 * firmware needs; other keys (tags, …) are ignored.
 */
const flashFileSchema = z.object({ filename: z.string().min(1), format: z.string().min(1) });

const flashMappingSchema = z
  .object({
    device: z.literal('flash'),
    // Absent in descriptors older than QEMU 7.1, which were all split.
    mode: z.enum(['split', 'combined', 'stateless']).default('split'),
    executable: flashFileSchema,
    'nvram-template': flashFileSchema.optional(),
  })
  .refine((mapping) => mapping.mode !== 'split' || mapping['nvram-template'] !== undefined, {
    message: 'a split flash mapping needs an nvram-template',
    path: ['nvram-template'],
  });

const loadedMappingSchema = z.object({
  device: z.enum(['kernel', 'memory']),
  filename: z.string().min(1),
});

export const firmwareDescriptorSchema = z.object({
  description: z.string().optional(),
  'interface-types': z.array(z.string()).min(1),
  mapping: z.discriminatedUnion('device', [flashMappingSchema, loadedMappingSchema]),
  targets: z.array(z.object({ architecture: z.string(), machines: z.array(z.string()) })).min(1),
  features: z.array(z.string()).default([]),
});

export type FirmwareDescriptorJson = z.infer<typeof firmwareDescriptorSchema>;
