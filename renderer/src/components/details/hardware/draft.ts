import {
  MEMORY_MIB_MAX,
  nicOf,
  type DiskConfig,
  type ExtraConsole,
  type VmConfig,
} from '../../../../../shared/vm-config';
import { configDeviceIds } from './boot-devices';

export type ForwardProtocol = 'tcp' | 'udp';
export type NicModel = 'virtio-net-pci' | 'e1000';
export type NetworkMode = VmConfig['network']['mode'];
export type VideoModel = VmConfig['display']['vga'];
export type WatchdogAction = NonNullable<VmConfig['watchdog']>['action'];

/** One port-forward row as typed: ports stay text until they are valid. */
export interface ForwardRow {
  /** Stable React key; not part of the config. */
  key: number;
  protocol: ForwardProtocol;
  hostAddress: string;
  hostPort: string;
  guestPort: string;
}

export type ConsoleKind = ExtraConsole['kind'];

/** One extra text console (a serial port or a virtio console) as listed in the Serial section. */
export interface ConsoleRow {
  /** Stable React key; not part of the config. */
  key: number;
  id: string;
  kind: ConsoleKind;
}

export type BootDeviceKind = 'disk' | 'cdrom' | 'network';

export interface BootEntry {
  id: string;
  included: boolean;
}

/**
 * The whole config as the Hardware tab edits it, across every section. Numbers are kept as typed
 * text so a half-typed value can be shown with its problem; sections turned off (direct kernel
 * boot, user networking) keep their values so turning them back on restores them.
 */
export interface HardwareDraft {
  cpu: {
    count: string;
    topology: boolean;
    sockets: string;
    cores: string;
    threads: string;
    /** The most vCPUs the VM can grow to while it runs; '' for no room. */
    maxCount: string;
  };
  memoryMiB: string;
  /** Room to add memory while the VM runs; the fields are kept while it is off. */
  memoryHotplug: { enabled: boolean; maxMiB: string; slots: string };
  machine: VmConfig['machine'];
  firmware: VmConfig['firmware'];
  /** As ticked: it is sent only while the firmware is UEFI on q35 (see draftValues). */
  secureBoot: boolean;
  tpm: boolean;
  /** Every bootable device ever seen, in boot order; absent devices are skipped. */
  boot: BootEntry[];
  disks: DiskConfig[];
  cdrom: { id: string; path: string | null } | null;
  kernel: { enabled: boolean; kernel: string; initrd: string; cmdline: string };
  /** The card's id, MAC, model, forwards and bridge are kept across modes: switching back restores them. */
  network: {
    mode: NetworkMode;
    id: string;
    mac: string;
    model: NicModel;
    /** Port forwards: user mode only. */
    forwards: ForwardRow[];
    /** The host bridge: bridge mode only; '' until one is chosen. */
    bridge: string;
  };
  display: { vnc: boolean; vga: VideoModel; clipboard: boolean };
  serial: boolean;
  memoryBalloon: boolean;
  guestAgent: boolean;
  /** An i6300esb watchdog; its action is kept while it is off. */
  watchdog: { enabled: boolean; action: WatchdogAction };
  /** Text consoles besides serial0, in the order QEMU gets them. */
  extraConsoles: ConsoleRow[];
  /** One argument per line. */
  extraArgs: string;
}

/** QEMU's default number of memory slots for hot-plugged DIMMs, as the engine's. */
export const DEFAULT_MEMORY_SLOTS = 4;

/** The maximum memory offered when memory hot-plug is turned on: twice the memory, in whole GiB. */
export function suggestedMaxMemoryMiB(memoryMiB: number): number {
  return Math.min(MEMORY_MIB_MAX, Math.max(1024, Math.ceil((memoryMiB * 2) / 1024) * 1024));
}

let nextRowKey = 1;
export function newRowKey(): number {
  return nextRowKey++;
}

/** The draft of a saved config: editing nothing yields no changes. */
export function draftFromConfig(config: VmConfig): HardwareDraft {
  const { cpu, network } = config;
  const topology = cpu.sockets !== undefined || cpu.cores !== undefined || cpu.threads !== undefined;
  const nic = nicOf(network);
  const user = network.mode === 'user' ? network : undefined;
  const devices = configDeviceIds(config);
  const ordered = config.bootOrder.filter((id) => devices.includes(id));
  return {
    cpu: {
      count: String(cpu.count),
      topology,
      sockets: String(cpu.sockets ?? (topology ? 1 : cpu.count)),
      cores: String(cpu.cores ?? 1),
      threads: String(cpu.threads ?? 1),
      maxCount: cpu.maxCount === undefined ? '' : String(cpu.maxCount),
    },
    memoryMiB: String(config.memoryMiB),
    memoryHotplug: {
      enabled: config.memoryHotplug !== null,
      maxMiB: String(config.memoryHotplug?.maxMiB ?? suggestedMaxMemoryMiB(config.memoryMiB)),
      slots: String(config.memoryHotplug?.slots ?? DEFAULT_MEMORY_SLOTS),
    },
    machine: config.machine,
    firmware: config.firmware,
    secureBoot: config.secureBoot,
    tpm: config.tpm,
    boot: [
      ...ordered.map((id) => ({ id, included: true })),
      ...devices.filter((id) => !ordered.includes(id)).map((id) => ({ id, included: false })),
    ],
    disks: config.disks.map((disk) => ({ ...disk })),
    cdrom: config.cdrom ? { ...config.cdrom } : null,
    kernel: {
      enabled: config.directKernel !== null,
      kernel: config.directKernel?.kernel ?? '',
      initrd: config.directKernel?.initrd ?? '',
      cmdline: config.directKernel?.cmdline ?? '',
    },
    network: {
      mode: network.mode,
      id: nic?.id ?? 'net0',
      mac: nic?.mac ?? '',
      model: nic?.model ?? 'virtio-net-pci',
      forwards: (user?.forwards ?? []).map((forward) => ({
        key: newRowKey(),
        protocol: forward.protocol,
        hostAddress: forward.hostAddress,
        hostPort: String(forward.hostPort),
        guestPort: String(forward.guestPort),
      })),
      bridge: network.mode === 'bridge' ? network.bridge : '',
    },
    display: { ...config.display },
    serial: config.serial,
    memoryBalloon: config.memoryBalloon,
    guestAgent: config.guestAgent,
    watchdog: { enabled: config.watchdog !== null, action: config.watchdog?.action ?? 'reset' },
    extraConsoles: config.extraConsoles.map((c) => ({ key: newRowKey(), id: c.id, kind: c.kind })),
    extraArgs: config.extraArgs.join('\n'),
  };
}
