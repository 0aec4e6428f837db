import { z } from 'zod';
import { jobIdSchema } from './jobs';
import { usbDeviceSchema } from './usb';
import { vmOsSchema } from './os-info';
import {
  MEMORY_MIB_MAX,
  MEMORY_MIB_MIN,
  VCPUS_MAX,
  cdromSchema,
  cpuSchema,
  memoryHotplugSchema,
  shareSchema,
  watchdogSchema,
  deviceIdSchema,
  directKernelSchema,
  diskSchema,
  displaySchema,
  extraConsoleSchema,
  networkSchema,
  portForwardSchema,
} from './vm-config';
import { vmNameSchema } from './vm-name';

const absolutePath = (what: string) =>
  z.string().refine((p) => p.startsWith('/'), { message: `${what} path must be absolute` });

/**
 * A cloud image (local, or downloaded with a progress bar) as the read-only base of the VM's disk,
 * plus a NoCloud seed made from these answers. The engine checks each value (hostname, user name,
 * keys, packages) and names the field it rejects.
 */
export const cloudInitParamsSchema = z
  .object({
    image: z.object({
      path: absolutePath('cloud image').optional(),
      url: z.url({ protocol: /^https?$/, error: 'the image URL must be http:// or https://' }).optional(),
      sha256: z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 is 64 hexadecimal digits')
        .optional(),
    }),
    hostname: z.string().min(1, 'a hostname is needed'),
    user: z
      .object({
        name: z.string().min(1, 'a user name is needed'),
        password: z.string().min(1).optional(),
        sshAuthorizedKeys: z.array(z.string()).default([]),
      })
      .optional(),
    packages: z.array(z.string()).default([]),
  })
  .refine((c) => (c.image.path === undefined) !== (c.image.url === undefined), {
    message: 'give the cloud image as a file or a URL (one of them)',
    path: ['image'],
  });
export type CloudInitParams = z.output<typeof cloudInitParamsSchema>;

export const createVmParamsSchema = z
  .object({
    name: vmNameSchema,
    description: z.string().max(10_000).default(''),
    memoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX).default(2048),
    cpus: z.number().int().min(1).max(VCPUS_MAX).default(2),
    /** Room to add vCPUs while the VM runs. */
    maxCpus: z.number().int().min(1).max(VCPUS_MAX).optional(),
    /** Room to add memory while the VM runs. */
    maxMemoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX).optional(),
    firmware: z.enum(['bios', 'uefi']).default('bios'),
    secureBoot: z.boolean().default(false),
    tpm: z.boolean().default(false),
    /** Size in bytes of a new qcow2 disk created in the VM's folder. */
    diskSizeBytes: z.number().int().positive().optional(),
    /** An existing disk image to attach in place, instead of (or besides) a new one. */
    existingDisk: z.object({ path: absolutePath('disk'), format: z.enum(['qcow2', 'raw']) }).optional(),
    /** A disk image (any format qemu-img reads) converted to qcow2 into the VM's folder. */
    importDisk: z.object({ path: absolutePath('disk') }).optional(),
    /** Names the job of a disk import, to follow its progress and cancel it. */
    jobId: jobIdSchema,
    /** An empty CD-ROM drive, for media inserted later. */
    emptyCdrom: z.boolean().default(false),
    os: vmOsSchema.optional(),
    diskBus: z.enum(['virtio', 'sata']).default('virtio'),
    iso: absolutePath('ISO').optional(),
    kernel: absolutePath('kernel').optional(),
    initrd: absolutePath('initrd').optional(),
    cmdline: z.string().max(4096).optional(),
    network: z.enum(['user', 'bridge', 'none']).default('user'),
    /** The host bridge a "bridge" network joins. */
    bridge: z.string().optional(),
    forwards: z.array(portForwardSchema).default([]),
    accel: z.enum(['auto', 'kvm', 'tcg']).default('auto'),
    machine: z.enum(['q35', 'pc']).default('q35'),
    vnc: z.boolean().default(true),
    serial: z.boolean().default(true),
    extraConsoles: z.array(extraConsoleSchema).max(4).default([]),
    extraArgs: z.array(z.string()).default([]),
    cloudInit: cloudInitParamsSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.cloudInit && (p.importDisk || p.existingDisk)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cloudInit'],
        message: 'a cloud image is the VM’s disk: do not also import or attach one',
      });
    }
    if ((p.initrd !== undefined || p.cmdline !== undefined) && p.kernel === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kernel'],
        message: 'an initrd or kernel command line needs a kernel',
      });
    }
    if (p.importDisk && (p.existingDisk || p.diskSizeBytes !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['importDisk'],
        message: 'import a disk, or create/attach one, not both',
      });
    }
    if (p.iso && p.emptyCdrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['emptyCdrom'],
        message: 'an ISO fills the CD-ROM; it cannot also be empty',
      });
    }
    if (p.network === 'bridge' && !p.bridge) {
      ctx.addIssue({
        code: 'custom',
        path: ['bridge'],
        message: 'a bridged network needs the bridge’s name',
      });
    }
    if (p.network !== 'user' && p.forwards.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['forwards'],
        message: 'port forwards need user-mode networking',
      });
    }
  });
export type CreateVmParams = z.input<typeof createVmParamsSchema>;

/**
 * What the Hardware and Overview pages may change. Each given key replaces that part of the
 * config; the engine validates the merged config as a whole and answers field-level issues.
 * No top-level defaults here: zod 4 would fill every omitted key with its default.
 */
export const vmConfigChangesSchema = z
  .object({
    name: vmNameSchema,
    description: z.string().max(10_000),
    os: vmOsSchema.nullable(),
    memoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX),
    memoryHotplug: memoryHotplugSchema.nullable(),
    cpu: cpuSchema,
    machine: z.enum(['q35', 'pc']),
    accel: z.enum(['auto', 'kvm', 'tcg']),
    firmware: z.enum(['bios', 'uefi']),
    secureBoot: z.boolean(),
    tpm: z.boolean(),
    disks: z.array(diskSchema),
    cdrom: cdromSchema.nullable(),
    directKernel: directKernelSchema.nullable(),
    network: networkSchema,
    display: displaySchema,
    serial: z.boolean(),
    memoryBalloon: z.boolean(),
    guestAgent: z.boolean(),
    shares: z.array(shareSchema),
    usb: z.array(usbDeviceSchema),
    watchdog: watchdogSchema.nullable(),
    extraConsoles: z.array(extraConsoleSchema),
    bootOrder: z.array(deviceIdSchema),
    extraArgs: z.array(z.string()),
  })
  .partial()
  .strict();
export type VmConfigChanges = z.input<typeof vmConfigChangesSchema>;

export const updateVmParamsSchema = z.object({
  vm: z.string().min(1),
  changes: vmConfigChangesSchema,
});

export const addDiskParamsSchema = z.object({
  vm: z.string().min(1),
  disk: z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('new'),
        sizeBytes: z
          .number()
          .int()
          .min(1024 * 1024),
        bus: z.enum(['virtio', 'sata']).default('virtio'),
        format: z.enum(['qcow2', 'raw']).default('qcow2'),
        /** off: sparse; metadata (qcow2 only); falloc: reserved; full: written with zeros. */
        preallocation: z.enum(['off', 'metadata', 'falloc', 'full']).default('off'),
      })
      .refine((d) => d.preallocation !== 'metadata' || d.format === 'qcow2', {
        message: 'metadata preallocation is for qcow2 images',
        path: ['preallocation'],
      }),
    z.object({
      kind: z.literal('existing'),
      path: absolutePath('disk'),
      bus: z.enum(['virtio', 'sata']).default('virtio'),
      readOnly: z.boolean().default(false),
    }),
  ]),
});

export const removeDiskParamsSchema = z.object({
  vm: z.string().min(1),
  diskId: deviceIdSchema,
  /** Also delete the image file (only for disks Vireo created). */
  deleteFile: z.boolean().default(false),
});
