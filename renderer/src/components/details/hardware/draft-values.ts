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
  'machine',
  'firmware',
  'bootOrder',
  'disks',
  'cdrom',
  'directKernel',
  'network',
  'display',
  'serial',
  'memoryBalloon',
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
  const { cpu, kernel, network } = draft;
  return {
    cpu: cpu.topology
      ? {
          count: Number(cpu.count),
          sockets: Number(cpu.sockets),
          cores: Number(cpu.cores),
          threads: Number(cpu.threads),
        }
      : { count: Number(cpu.count) },
    memoryMiB: Number(draft.memoryMiB),
    machine: draft.machine,
    firmware: draft.firmware,
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
    network:
      network.mode === 'user'
        ? {
            mode: 'user',
            id: network.id,
            mac: network.mac.toLowerCase(),
            model: network.model,
            forwards: forwardsOf(network.forwards),
          }
        : { mode: 'none' },
    display: draft.display,
    serial: draft.serial,
    memoryBalloon: draft.memoryBalloon,
    extraConsoles: consolesOf(draft.extraConsoles),
    extraArgs: extraArgsOf(draft.extraArgs),
  };
}

/** One argument per line, verbatim; blank lines are skipped. */
export function extraArgsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
