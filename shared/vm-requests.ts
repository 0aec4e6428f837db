import { z } from 'zod';
import { MEMORY_MIB_MAX, MEMORY_MIB_MIN, VCPUS_MAX, portForwardSchema } from './vm-config';
import { vmNameSchema } from './vm-name';

const absolutePath = (what: string) =>
  z.string().refine((p) => p.startsWith('/'), { message: `${what} path must be absolute` });

export const createVmParamsSchema = z
  .object({
    name: vmNameSchema,
    description: z.string().max(10_000).default(''),
    memoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX).default(2048),
    cpus: z.number().int().min(1).max(VCPUS_MAX).default(2),
    /** Size in bytes of a new qcow2 disk created in the VM's folder. */
    diskSizeBytes: z.number().int().positive().optional(),
    /** An existing disk image to attach instead of (or besides) a new one. */
    existingDisk: z.object({ path: absolutePath('disk'), format: z.enum(['qcow2', 'raw']) }).optional(),
    diskBus: z.enum(['virtio', 'sata']).default('virtio'),
    iso: absolutePath('ISO').optional(),
    kernel: absolutePath('kernel').optional(),
    initrd: absolutePath('initrd').optional(),
    cmdline: z.string().max(4096).optional(),
    network: z.enum(['user', 'none']).default('user'),
    forwards: z.array(portForwardSchema).default([]),
    accel: z.enum(['auto', 'kvm', 'tcg']).default('auto'),
    machine: z.enum(['q35', 'pc']).default('q35'),
    vnc: z.boolean().default(true),
    serial: z.boolean().default(true),
    extraArgs: z.array(z.string()).default([]),
  })
  .superRefine((p, ctx) => {
    if ((p.initrd !== undefined || p.cmdline !== undefined) && p.kernel === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kernel'],
        message: 'an initrd or kernel command line needs a kernel',
      });
    }
    if (p.network === 'none' && p.forwards.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['forwards'],
        message: 'port forwards need user-mode networking',
      });
    }
  });
export type CreateVmParams = z.input<typeof createVmParamsSchema>;

/** Fields a user may change; the engine validates the merged config as a whole. */
export const updateVmParamsSchema = z.object({
  vm: z.string().min(1),
  changes: z
    .object({
      name: vmNameSchema,
      description: z.string().max(10_000),
      memoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX),
      cpus: z.number().int().min(1).max(VCPUS_MAX),
    })
    .partial()
    .strict(),
});
