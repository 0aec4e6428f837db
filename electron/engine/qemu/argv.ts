import type { DiskConfig, NetworkConfig, VmConfig } from '../../../shared/vm-config';
import { json, optValue, opts } from './qemu-opts';
import { sharedFolders } from './share-argv';
import { usbDevices } from './usb-argv';

/** Where a running VM's files live; see paths.ts vmFiles(). */
export interface LaunchPaths {
  pidfile: string;
  qmpSocket: string;
  vncSocket: string;
  consoleSocket(id: string): string;
  consoleLog(id: string): string;
  agentSocket: string;
  /** The VM's own UEFI variable store (qcow2, so internal snapshots cover it). */
  nvram: string;
  tpmSocket: string;
  /** By the share's index: a tag can be 31 characters, too long for some socket paths. */
  virtiofsSocket(index: number): string;
}

/** The clipboard agent's port on the virtio-serial bus (also hot-plugged back after a snapshot). */
export const CLIPBOARD_PORT = {
  driver: 'virtserialport',
  chardev: 'vdagent0',
  id: 'vdagent0-port',
  name: 'com.redhat.spice.0',
} as const;

/** The guest agent's port, on a virtio-serial bus of its own (QEMU names the port's chardev qga0). */
export const AGENT_PORT = {
  driver: 'virtserialport',
  bus: 'agent-serial0.0',
  chardev: 'qga0',
  id: 'qga0-port',
  name: 'org.qemu.guest_agent.0',
} as const;

/** The balloon's qdev id: its statistics are at /machine/peripheral/<id>. */
export const BALLOON_ID = 'balloon0';

export interface LaunchContext {
  paths: LaunchPaths;
  accel: 'kvm' | 'tcg';
  /** The UEFI code image found from QEMU's firmware descriptors, for a UEFI VM. */
  firmware?: { code: string; codeFormat: 'raw' | 'qcow2'; requiresSmm: boolean };
  /** Shares served by a virtiofsd (the rest go over 9p); they need the guest's RAM shareable. */
  virtiofsTags?: readonly string[];
}

/** The guest RAM's backend when virtiofs needs it shared with virtiofsd. */
export const SHARED_RAM_ID = 'vireo-ram';

/** Block node names of the UEFI code and variable store (snapshots include the latter). */
export const FIRMWARE_NODES = { code: 'fw-code', vars: 'fw-vars' } as const;

/**
 * The QEMU argv (without the binary) for a VM config: a pure function, tested with golden files.
 * Paths only ever appear in JSON (-blockdev) or comma-escaped QemuOpts values, or in options QEMU
 * takes verbatim (-pidfile, -kernel, -initrd, -append).
 */
export function buildQemuArgv(config: VmConfig, context: LaunchContext): string[] {
  const bootIndex = (id: string) => {
    const index = config.bootOrder.indexOf(id);
    return index === -1 ? {} : { bootindex: index + 1 };
  };
  return [
    ...identity(config),
    ...firmware(config, context),
    ...machine(config, context),
    ...control(context.paths),
    ...(config.serial ? serialConsole('serial0', context.paths) : []),
    ...config.extraConsoles
      .filter((c) => c.kind === 'serial')
      .flatMap((c) => serialConsole(c.id, context.paths)),
    ...display(config, context.paths),
    ...virtioSerial(config, context.paths),
    ...config.disks.flatMap((disk) => diskArgs(config, disk, bootIndex(disk.id))),
    ...cdrom(config, bootIndex),
    ...network(config.network, bootIndex),
    ...directKernel(config),
    ...(config.memoryBalloon ? ['-device', json({ driver: 'virtio-balloon-pci', id: BALLOON_ID })] : []),
    ...hotplugPorts(config),
    ...guestAgent(config, context.paths),
    ...tpm(config, context.paths),
    ...sharedFolders(config, context),
    ...usbDevices(config),
    '-device',
    json({ driver: 'pvpanic', id: 'pvpanic0' }),
    ...(config.watchdog ? ['-device', json({ driver: 'i6300esb', id: 'watchdog0' })] : []),
    ...config.extraArgs,
  ];
}

function identity(config: VmConfig): string[] {
  return [
    '-name',
    opts([
      ['guest', config.name],
      ['debug-threads', true],
    ]),
    '-uuid',
    config.uuid,
  ];
}

function firmware(config: VmConfig, context: LaunchContext): string[] {
  if (config.firmware !== 'uefi') return [];
  const code = context.firmware;
  if (!code) throw new Error('a UEFI VM needs its firmware resolved (LaunchContext.firmware)');
  const node = (name: string, driver: string, filename: string, readOnly: boolean) => [
    '-blockdev',
    json({ driver: 'file', 'node-name': `${name}-file`, filename, 'read-only': readOnly }),
    '-blockdev',
    json({ driver, 'node-name': name, file: `${name}-file`, 'read-only': readOnly }),
  ];
  const secure = config.secureBoot || code.requiresSmm;
  return [
    ...node(FIRMWARE_NODES.code, code.codeFormat, code.code, true),
    ...node(FIRMWARE_NODES.vars, 'qcow2', context.paths.nvram, false),
    ...(secure ? ['-global', 'driver=cfi.pflash01,property=secure,value=on'] : []),
  ];
}

function machine(config: VmConfig, context: LaunchContext): string[] {
  const { accel } = context;
  const { cpu } = config;
  const uefi = config.firmware === 'uefi';
  const smm = uefi && (config.secureBoot || context.firmware?.requiresSmm === true);
  const sharedRam = (context.virtiofsTags?.length ?? 0) > 0;
  const topology: Array<[string, number]> = [];
  if (cpu.sockets !== undefined || cpu.cores !== undefined || cpu.threads !== undefined) {
    topology.push(['sockets', cpu.sockets ?? 1], ['cores', cpu.cores ?? 1], ['threads', cpu.threads ?? 1]);
  }
  return [
    '-nodefaults',
    '-no-user-config',
    '-machine',
    opts([
      ['type', config.machine],
      ...(uefi
        ? ([
            ['pflash0', FIRMWARE_NODES.code],
            ['pflash1', FIRMWARE_NODES.vars],
          ] as Array<[string, string]>)
        : []),
      ...(smm ? ([['smm', 'on']] as Array<[string, string]>) : []),
      ...(sharedRam ? ([['memory-backend', SHARED_RAM_ID]] as Array<[string, string]>) : []),
    ]),
    ...(sharedRam
      ? [
          '-object',
          json({
            'qom-type': 'memory-backend-memfd',
            id: SHARED_RAM_ID,
            size: config.memoryMiB * 1024 * 1024,
            share: true,
          }),
        ]
      : []),
    '-accel',
    accel,
    '-cpu',
    accel === 'kvm' ? 'host' : 'max',
    '-m',
    opts([
      ['size', `${config.memoryMiB}M`],
      ...(config.memoryHotplug
        ? ([
            ['slots', config.memoryHotplug.slots],
            ['maxmem', `${config.memoryHotplug.maxMiB}M`],
          ] as Array<[string, string | number]>)
        : []),
    ]),
    '-smp',
    opts([
      ['cpus', cpu.count],
      ...(cpu.maxCount !== undefined && cpu.maxCount > cpu.count
        ? [['maxcpus', cpu.maxCount] as [string, number]]
        : []),
      ...topology,
    ]),
    '-rtc',
    'base=utc,driftfix=slew',
    '-no-shutdown',
    // A panicked guest stays as it is, for a look at its screen and a reset (pvpanic tells us).
    '-action',
    `panic=pause,watchdog=${config.watchdog?.action ?? 'reset'}`,
    '-msg',
    'timestamp=on',
    // QEMU's seccomp sandbox sets no_new_privs, so the setuid bridge helper could not get its
    // privileges: a bridged VM goes without it (as libvirt's session mode does).
    ...(config.network.mode === 'bridge'
      ? []
      : ['-sandbox', 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny']),
  ];
}

function control(paths: LaunchPaths): string[] {
  return [
    '-pidfile',
    paths.pidfile,
    '-chardev',
    `socket,id=qmp,path=${optValue(paths.qmpSocket)},server=on,wait=off`,
    '-mon',
    'chardev=qmp,mode=control',
  ];
}

/** A socket chardev that keeps a log file, so a console's history survives without a client. */
function consoleChardev(id: string, paths: LaunchPaths): string[] {
  return [
    '-chardev',
    `socket,id=${id},path=${optValue(paths.consoleSocket(id))},server=on,wait=off,` +
      `logfile=${optValue(paths.consoleLog(id))},logappend=on`,
  ];
}

function serialConsole(id: string, paths: LaunchPaths): string[] {
  return [...consoleChardev(id, paths), '-serial', `chardev:${id}`];
}

/** The virtio-serial bus: virtio consoles (hvc0…) and the clipboard agent's port. */
function virtioSerial(config: VmConfig, paths: LaunchPaths): string[] {
  const consoles = config.extraConsoles.filter((c) => c.kind === 'virtio');
  const clipboard = config.display.vnc && config.display.clipboard;
  if (consoles.length === 0 && !clipboard) return [];
  const args = ['-device', json({ driver: 'virtio-serial-pci', id: 'virtio-serial0' })];
  for (const { id } of consoles) {
    args.push(
      ...consoleChardev(id, paths),
      '-device',
      json({ driver: 'virtconsole', chardev: id, id: `${id}-port` }),
    );
  }
  if (clipboard) {
    // QEMU's own vdagent: VNC clients (noVNC's extended clipboard) and a guest spice-vdagent share a clipboard.
    args.push('-chardev', 'qemu-vdagent,id=vdagent0,clipboard=on,mouse=off');
    args.push('-device', json(CLIPBOARD_PORT));
  }
  return args;
}

const vgaDrivers = { std: 'VGA', virtio: 'virtio-vga', qxl: 'qxl-vga', cirrus: 'cirrus-vga' } as const;

function display(config: VmConfig, paths: LaunchPaths): string[] {
  const args = ['-display', 'none'];
  if (config.display.vga !== 'none') {
    args.push('-device', json({ driver: vgaDrivers[config.display.vga], id: 'video0' }));
  }
  if (config.display.vnc) {
    args.push('-vnc', `unix:${optValue(paths.vncSocket)}`);
    args.push('-device', json({ driver: 'qemu-xhci', id: 'usb' }));
    args.push('-device', json({ driver: 'usb-tablet', id: 'tablet0', bus: 'usb.0' }));
  }
  return args;
}

/** The IDE/AHCI slot for the n-th SATA device: q35 has six single-device AHCI ports, pc two buses × two. */
function ideSlot(machineType: VmConfig['machine'], n: number): Record<string, unknown> {
  return machineType === 'q35' ? { bus: `ide.${n}` } : { bus: `ide.${Math.floor(n / 2)}`, unit: n % 2 };
}

function sataIndex(config: VmConfig, deviceId: string): number {
  const sataIds = config.disks.filter((d) => d.bus === 'sata').map((d) => d.id);
  if (config.cdrom) sataIds.push(config.cdrom.id);
  return sataIds.indexOf(deviceId);
}

function diskArgs(config: VmConfig, disk: DiskConfig, boot: { bootindex?: number }): string[] {
  const readOnly = disk.readOnly;
  const file = { driver: 'file', 'node-name': `${disk.id}-file`, filename: disk.path, 'read-only': readOnly };
  const format = {
    driver: disk.format,
    'node-name': disk.id,
    file: `${disk.id}-file`,
    'read-only': readOnly,
  };
  const device =
    disk.bus === 'virtio'
      ? { driver: 'virtio-blk-pci', id: disk.id, drive: disk.id, ...boot }
      : {
          driver: 'ide-hd',
          id: disk.id,
          drive: disk.id,
          ...ideSlot(config.machine, sataIndex(config, disk.id)),
          ...boot,
        };
  return ['-blockdev', json(file), '-blockdev', json(format), '-device', json(device)];
}

function cdrom(config: VmConfig, bootIndex: (id: string) => { bootindex?: number }): string[] {
  if (!config.cdrom) return [];
  const { id, path } = config.cdrom;
  const slot = ideSlot(config.machine, sataIndex(config, id));
  const device = { driver: 'ide-cd', id, ...slot, ...bootIndex(id) };
  if (path === null) return ['-device', json(device)];
  const file = { driver: 'file', 'node-name': `${id}-file`, filename: path, 'read-only': true };
  const format = { driver: 'raw', 'node-name': id, file: `${id}-file`, 'read-only': true };
  return ['-blockdev', json(file), '-blockdev', json(format), '-device', json({ ...device, drive: id })];
}

/** The -netdev id behind a NIC (hostfwd_add and friends name it). */
export const netdevId = (nicId: string) => `host${nicId}`;

function network(net: NetworkConfig, bootIndex: (id: string) => { bootindex?: number }): string[] {
  if (net.mode === 'none') return [];
  const device = json({
    driver: net.model,
    id: net.id,
    netdev: netdevId(net.id),
    mac: net.mac,
    ...bootIndex(net.id),
  });
  if (net.mode === 'bridge')
    return [
      '-netdev',
      `bridge,${opts([
        ['id', netdevId(net.id)],
        ['br', net.bridge],
      ])}`,
      '-device',
      device,
    ];
  const forwards = net.forwards.map(
    (f) => `,hostfwd=${f.protocol}:${f.hostAddress}:${f.hostPort}-:${f.guestPort}`,
  );
  return ['-netdev', `user,id=${netdevId(net.id)}${forwards.join('')}`, '-device', device];
}

/** Empty PCIe root ports on q35, for disks added while the VM runs (pc hot-plugs on its root bus). */
export const HOTPLUG_PORTS = 4;
export const hotplugBuses = (machineType: VmConfig['machine']): string[] =>
  machineType === 'q35' ? Array.from({ length: HOTPLUG_PORTS }, (_, n) => `hotplug${n}`) : ['pci.0'];

function hotplugPorts(config: VmConfig): string[] {
  if (config.machine !== 'q35') return [];
  // Last in the argv, so adding them did not move any other device's PCI slot.
  return hotplugBuses('q35').flatMap((id, n) => [
    '-device',
    json({ driver: 'pcie-root-port', id, chassis: n + 1 }),
  ]);
}

/** After the hot-plug ports, so VMs made before it existed keep their devices' PCI slots. */
function guestAgent(config: VmConfig, paths: LaunchPaths): string[] {
  if (!config.guestAgent) return [];
  return [
    '-device',
    json({ driver: 'virtio-serial-pci', id: 'agent-serial0' }),
    '-chardev',
    `socket,id=${AGENT_PORT.chardev},path=${optValue(paths.agentSocket)},server=on,wait=off`,
    '-device',
    json(AGENT_PORT),
  ];
}

/** The TPM's emulator is the VM's swtpm, listening on tpmSocket before QEMU starts. */
function tpm(config: VmConfig, paths: LaunchPaths): string[] {
  if (!config.tpm) return [];
  return [
    '-chardev',
    `socket,id=tpm0-chr,path=${optValue(paths.tpmSocket)}`,
    '-tpmdev',
    'emulator,id=tpm0,chardev=tpm0-chr',
    '-device',
    json({ driver: 'tpm-tis', tpmdev: 'tpm0', id: 'tpm0-dev' }),
  ];
}

function directKernel(config: VmConfig): string[] {
  const kernel = config.directKernel;
  if (!kernel) return [];
  const args = ['-kernel', kernel.kernel];
  if (kernel.initrd) args.push('-initrd', kernel.initrd);
  if (kernel.cmdline) args.push('-append', kernel.cmdline);
  return args;
}
