import { z } from 'zod';
import { vmOsSchema } from './os-info';
import { usbDeviceSchema } from './usb';
import { vmNameSchema } from './vm-name';

export const MEMORY_MIB_MIN = 16;
export const MEMORY_MIB_MAX = 4 * 1024 * 1024;
export const VCPUS_MAX = 255;
export const CONFIG_SCHEMA_VERSION = 1;

const absolutePath = (what: string) =>
  z
    .string()
    .min(1, `${what} path must not be empty`)
    .refine((p) => p.startsWith('/'), { message: `${what} path must be absolute` })
    .refine((p) => !p.includes('\0'), { message: `${what} path must not contain NUL` });

export const deviceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'device id must be lowercase letters, digits, -');

export const cpuSchema = z
  .object({
    count: z.number().int().min(1).max(VCPUS_MAX),
    sockets: z.number().int().min(1).optional(),
    cores: z.number().int().min(1).optional(),
    threads: z.number().int().min(1).optional(),
    /** vCPUs the VM can grow to while it runs (hot-plug); none when absent. */
    maxCount: z.number().int().min(1).max(VCPUS_MAX).optional(),
  })
  .refine((cpu) => cpu.maxCount === undefined || cpu.maxCount >= cpu.count, {
    message: 'the maximum vCPU count must be at least the vCPU count',
    path: ['maxCount'],
  })
  .refine(
    (cpu) =>
      cpu.maxCount === undefined ||
      cpu.maxCount === cpu.count ||
      (cpu.sockets === undefined && cpu.cores === undefined && cpu.threads === undefined),
    { message: 'vCPU hot-plug needs the default topology (no sockets/cores/threads)', path: ['maxCount'] },
  )
  .refine(
    (cpu) => {
      if (cpu.sockets === undefined && cpu.cores === undefined && cpu.threads === undefined) return true;
      return (cpu.sockets ?? 1) * (cpu.cores ?? 1) * (cpu.threads ?? 1) === cpu.count;
    },
    { message: 'sockets × cores × threads must equal the vCPU count' },
  );

/** Memory that can be added while the VM runs: DIMM slots up to a maximum. */
export const memoryHotplugSchema = z.object({
  maxMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX),
  slots: z.number().int().min(1).max(32).default(4),
});

export const diskSchema = z.object({
  id: deviceIdSchema,
  path: absolutePath('disk'),
  format: z.enum(['qcow2', 'raw']),
  bus: z.enum(['virtio', 'sata']),
  readOnly: z.boolean().default(false),
  /** True when Vireo created the image in the VM's folder (deleted with the VM unless kept). */
  managed: z.boolean().default(false),
});

export const cdromSchema = z.object({
  id: deviceIdSchema.default('cdrom0'),
  /** null: an empty drive, media can be inserted later. */
  path: absolutePath('ISO').nullable(),
});

export const directKernelSchema = z.object({
  kernel: absolutePath('kernel'),
  initrd: absolutePath('initrd').optional(),
  cmdline: z.string().max(4096).default(''),
});

export const portForwardSchema = z.object({
  protocol: z.enum(['tcp', 'udp']).default('tcp'),
  hostAddress: z.ipv4().default('127.0.0.1'),
  hostPort: z.number().int().min(1).max(65535),
  guestPort: z.number().int().min(1).max(65535),
});

/** A host folder shared with the guest (9p over virtio): the guest mounts it by its tag. */
export const shareSchema = z.object({
  tag: z.string().regex(/^[A-Za-z0-9_.-]{1,31}$/, 'a mount tag is 1–31 letters, digits, ".", "_" or "-"'),
  hostPath: absolutePath('shared folder'),
  readOnly: z.boolean().default(false),
});
export type Share = z.infer<typeof shareSchema>;

export type ShareTransport = 'virtiofs' | '9p';

/**
 * How a share reaches the guest: virtiofs where the host can serve it (a read-write share, with
 * virtiofsd usable: capabilities.features.virtiofs), else 9p.
 */
export const shareTransport = (share: Pick<Share, 'readOnly'>, virtiofsUsable: boolean): ShareTransport =>
  virtiofsUsable && !share.readOnly ? 'virtiofs' : '9p';

/** The command a Linux guest mounts a share with. */
export const shareMountCommand = (tag: string, transport: ShareTransport = '9p') =>
  transport === 'virtiofs'
    ? `sudo mkdir -p /mnt/${tag} && sudo mount -t virtiofs ${tag} /mnt/${tag}`
    : `sudo mkdir -p /mnt/${tag} && sudo mount -t 9p -o trans=virtio,version=9p2000.L ${tag} /mnt/${tag}`;

/** An i6300esb watchdog: what QEMU does when the guest stops petting it. */
export const watchdogSchema = z.object({
  action: z.enum(['reset', 'shutdown', 'poweroff', 'pause', 'none']).default('reset'),
});

export const macAddressSchema = z
  .string()
  .regex(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i, 'MAC must look like 52:54:00:12:34:56')
  .transform((mac) => mac.toLowerCase());

export const networkSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('user'),
    id: deviceIdSchema.default('net0'),
    mac: macAddressSchema,
    model: z.enum(['virtio-net-pci', 'e1000']).default('virtio-net-pci'),
    forwards: z.array(portForwardSchema).default([]),
  }),
  /** The host's LAN through a bridge, via QEMU's setuid qemu-bridge-helper (allowed in /etc/qemu/bridge.conf). */
  z.object({
    mode: z.literal('bridge'),
    id: deviceIdSchema.default('net0'),
    mac: macAddressSchema,
    model: z.enum(['virtio-net-pci', 'e1000']).default('virtio-net-pci'),
    bridge: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,15}$/, 'a bridge is a network interface name (up to 15 characters)'),
  }),
  z.object({ mode: z.literal('none') }),
]);

/** The network card of a config, when it has one. */
export const nicOf = (network: NetworkConfig) => (network.mode === 'none' ? undefined : network);

export const displaySchema = z.object({
  vnc: z.boolean().default(true),
  vga: z.enum(['std', 'virtio', 'qxl', 'cirrus', 'none']).default('std'),
  /**
   * Two-way clipboard through QEMU's qemu-vdagent (the guest needs spice-vdagent). Off unless asked
   * for: QEMU 7.2 cannot save the memory (snapshots, saved state) of a VM that has it.
   */
  clipboard: z.boolean().default(false),
});

/** Text consoles besides the main serial port (serial0): more serial ports, or virtio consoles. */
export const consoleIdSchema = z
  .string()
  .regex(/^(serial[1-3]|console[0-3])$/, 'console ids are serial1–3 or console0–3');
export const extraConsoleSchema = z.object({ id: consoleIdSchema, kind: z.enum(['serial', 'virtio']) });
export type ExtraConsole = z.infer<typeof extraConsoleSchema>;

export const vmConfigSchema = z
  .object({
    schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
    uuid: z.uuid(),
    name: vmNameSchema,
    description: z.string().max(10_000).default(''),
    createdAt: z.iso.datetime(),
    /** The guest OS, as detected or chosen in the wizard. */
    os: vmOsSchema.nullable().default(null),
    memoryMiB: z.number().int().min(MEMORY_MIB_MIN).max(MEMORY_MIB_MAX),
    memoryHotplug: memoryHotplugSchema.nullable().default(null),
    cpu: cpuSchema,
    machine: z.enum(['q35', 'pc']).default('q35'),
    accel: z.enum(['auto', 'kvm', 'tcg']).default('auto'),
    firmware: z.enum(['bios', 'uefi']).default('bios'),
    /** UEFI Secure Boot with Microsoft's keys enrolled (q35, SMM). */
    secureBoot: z.boolean().default(false),
    /** A TPM 2.0 (swtpm, one per VM, its state in the VM's folder). */
    tpm: z.boolean().default(false),
    disks: z.array(diskSchema).max(16).default([]),
    cdrom: cdromSchema.nullable().default(null),
    directKernel: directKernelSchema.nullable().default(null),
    network: networkSchema,
    display: displaySchema,
    serial: z.boolean().default(true),
    /** A virtio-balloon device: the guest reports its memory use (charts), and memory can be reclaimed. */
    memoryBalloon: z.boolean().default(true),
    /** A virtio-serial channel for qemu-ga: the guest's addresses, graceful shutdown, fs freeze. */
    guestAgent: z.boolean().default(true),
    extraConsoles: z.array(extraConsoleSchema).max(4).default([]),
    shares: z.array(shareSchema).max(8).default([]),
    watchdog: watchdogSchema.nullable().default(null),
    usb: z.array(usbDeviceSchema).max(16).default([]),
    /** Device ids in boot priority order: disks, the CD-ROM, the network card. */
    bootOrder: z.array(deviceIdSchema).default([]),
    /** Advanced escape hatch appended verbatim to QEMU's argv. */
    extraArgs: z.array(z.string()).default([]),
  })
  .superRefine((config, ctx) => {
    if (config.secureBoot && (config.firmware !== 'uefi' || config.machine !== 'q35')) {
      ctx.addIssue({
        code: 'custom',
        path: ['secureBoot'],
        message: 'Secure Boot needs UEFI firmware on the q35 machine',
      });
    }
    if (config.memoryHotplug && config.memoryHotplug.maxMiB < config.memoryMiB) {
      ctx.addIssue({
        code: 'custom',
        path: ['memoryHotplug', 'maxMiB'],
        message: 'the maximum memory must be at least the memory size',
      });
    }
    const ids = [
      ...config.disks.map((d) => d.id),
      ...(config.cdrom ? [config.cdrom.id] : []),
      ...(config.network.mode === 'none' ? [] : [config.network.id]),
    ];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['disks'], message: `device id "${id}" is used twice` });
      seen.add(id);
    }
    for (const id of config.bootOrder) {
      if (!seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['bootOrder'], message: `no device "${id}" to boot from` });
    }
    if (new Set(config.bootOrder).size !== config.bootOrder.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['bootOrder'],
        message: 'a device appears twice in the boot order',
      });
    }
    const ideDevices = config.disks.filter((d) => d.bus === 'sata').length + (config.cdrom ? 1 : 0);
    const ideSlots = config.machine === 'q35' ? 6 : 4;
    if (ideDevices > ideSlots) {
      ctx.addIssue({
        code: 'custom',
        path: ['disks'],
        message: `the ${config.machine} machine has ${ideSlots} SATA/IDE slots; ${ideDevices} devices need one`,
      });
    }
    const usbIds = config.usb.map((device) => device.id);
    if (new Set(usbIds).size !== usbIds.length)
      ctx.addIssue({ code: 'custom', path: ['usb'], message: 'a USB device id is used twice' });
    const tags = config.shares.map((share) => share.tag);
    if (new Set(tags).size !== tags.length)
      ctx.addIssue({ code: 'custom', path: ['shares'], message: 'a mount tag is used twice' });
    const consoleIds = config.extraConsoles.map((c) => c.id);
    if (new Set(consoleIds).size !== consoleIds.length) {
      ctx.addIssue({ code: 'custom', path: ['extraConsoles'], message: 'a console id appears twice' });
    }
    config.extraConsoles.forEach((c, index) => {
      if ((c.kind === 'serial') !== c.id.startsWith('serial')) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraConsoles', index, 'id'],
          message: `a ${c.kind} console needs an id starting with "${c.kind === 'serial' ? 'serial' : 'console'}"`,
        });
      }
    });
    if (config.network.mode === 'user') {
      const hostPorts = new Set<string>();
      for (const fwd of config.network.forwards) {
        // One host port per protocol, whatever the address: 0.0.0.0 and 127.0.0.1 would collide.
        const key = `${fwd.protocol}:${fwd.hostPort}`;
        if (hostPorts.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['network', 'forwards'],
            message: `host port ${fwd.protocol}:${fwd.hostPort} is forwarded twice`,
          });
        }
        hostPorts.add(key);
      }
    }
  });

export type VmConfig = z.infer<typeof vmConfigSchema>;
export type VmConfigInput = z.input<typeof vmConfigSchema>;
export type DiskConfig = z.infer<typeof diskSchema>;
export type PortForward = z.infer<typeof portForwardSchema>;
export type NetworkConfig = z.infer<typeof networkSchema>;
