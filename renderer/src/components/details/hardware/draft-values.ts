import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmConfigChanges } from '../../../../../shared/vm-requests';
import { bootOrderOf } from './boot-order';
import { consolesOf } from './consoles';
import type { HardwareDraft } from './draft';
import { forwardsOf } from './forwards';

/** The config keys the Hardware tab edits. */
export const editedKeys = [
  'cpu',
  'memoryMiB',
  'memoryHotplug',
  'machine',
  'firmware',
  'secureBoot',
  'tpm',
  'bootOrder',
  'disks',
  'cdrom',
  'directKernel',
  'network',
  'display',
  'serial',
  'memoryBalloon',
  'guestAgent',
  'watchdog',
  'extraConsoles',
  'extraArgs',
] as const satisfies readonly (keyof VmConfigChanges & keyof VmConfig)[];
export type EditedKey = (typeof editedKeys)[number];

export type DraftValues = { [K in EditedKey]: VmConfig[K] };

/**
 * The config values the draft stands for. Call only when validateDraft finds no problem: numbers
 * are read as typed.
 */
export function draftValues(draft: HardwareDraft): DraftValues {
  const { cpu, kernel, network, memoryHotplug } = draft;
  const maxCount = cpu.maxCount.trim() === '' ? {} : { maxCount: Number(cpu.maxCount) };
  return {
    cpu: cpu.topology
      ? {
          count: Number(cpu.count),
          sockets: Number(cpu.sockets),
          cores: Number(cpu.cores),
          threads: Number(cpu.threads),
          ...maxCount,
        }
      : { count: Number(cpu.count), ...maxCount },
    memoryMiB: Number(draft.memoryMiB),
    memoryHotplug: memoryHotplug.enabled
      ? { maxMiB: Number(memoryHotplug.maxMiB), slots: Number(memoryHotplug.slots) }
      : null,
    machine: draft.machine,
    firmware: draft.firmware,
    secureBoot: secureBootAllowed(draft) && draft.secureBoot,
    tpm: draft.tpm,
    bootOrder: bootOrderOf(draft),
    disks: draft.disks,
    cdrom: draft.cdrom,
    directKernel: kernel.enabled
      ? {
          kernel: kernel.kernel,
          ...(kernel.initrd === '' ? {} : { initrd: kernel.initrd }),
          cmdline: kernel.cmdline,
        }
      : null,
    network: networkOf(network),
    display: draft.display,
    serial: draft.serial,
    memoryBalloon: draft.memoryBalloon,
    guestAgent: draft.guestAgent,
    watchdog: draft.watchdog.enabled ? { action: draft.watchdog.action } : null,
    extraConsoles: consolesOf(draft.extraConsoles),
    extraArgs: extraArgsOf(draft.extraArgs),
  };
}

/** The network config of the draft's mode: the card's fields, with forwards (user) or the bridge. */
function networkOf(network: HardwareDraft['network']): VmConfig['network'] {
  const card = { id: network.id, mac: network.mac.toLowerCase(), model: network.model };
  switch (network.mode) {
    case 'user':
      return { mode: 'user', ...card, forwards: forwardsOf(network.forwards) };
    case 'bridge':
      return { mode: 'bridge', ...card, bridge: network.bridge };
    case 'none':
      return { mode: 'none' };
  }
}

/** Secure Boot is offered only with UEFI firmware on the q35 chipset (it needs SMM). */
export function secureBootAllowed(draft: Pick<HardwareDraft, 'firmware' | 'machine'>): boolean {
  return draft.firmware === 'uefi' && draft.machine === 'q35';
}

/** One argument per line, verbatim; blank lines are skipped. */
export function extraArgsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
