import { MEMORY_MIB_MAX, MEMORY_MIB_MIN } from '../../../../../shared/vm-config';
import { consoleProblems } from './consoles';
import type { HardwareDraft } from './draft';
import { forwardProblems } from './forwards';
import { wholeNumberIn } from './numbers';
import type { FieldProblems, Problem } from './problems';
import { sataDevicesNeeded, sataSlots } from './sata-slots';
import { cpuProblems } from './topology';

const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;
/** A network interface name, as the config schema takes a bridge's. */
export const BRIDGE_NAME = /^[A-Za-z0-9_.:-]{1,15}$/;
const CMDLINE_MAX = 4096;

/** A problem with a path typed for the engine's host, or undefined when it may be one. */
export function pathProblem(path: string, required: boolean): Problem | undefined {
  if (path === '') return required ? { key: 'hwErrorRequired' } : undefined;
  if (!path.startsWith('/')) return { key: 'hwErrorAbsolutePath' };
  if (path.includes('\0')) return { key: 'hwErrorAbsolutePath' };
  return undefined;
}

/** Every client-side problem of the draft, by field key: checked as the user types. */
export function validateDraft(draft: HardwareDraft): FieldProblems {
  const problems: Record<string, Problem> = { ...cpuProblems(draft.cpu) };
  if (wholeNumberIn(draft.memoryMiB, MEMORY_MIB_MIN, MEMORY_MIB_MAX) === undefined) {
    problems['memoryMiB'] = {
      key: 'hwErrorWholeRange',
      values: { min: MEMORY_MIB_MIN, max: MEMORY_MIB_MAX },
    };
  }
  Object.assign(problems, memoryHotplugProblems(draft));
  Object.assign(problems, networkProblems(draft.network));
  if (draft.kernel.enabled) {
    const kernel = pathProblem(draft.kernel.kernel, true);
    const initrd = pathProblem(draft.kernel.initrd, false);
    if (kernel) problems['directKernel.kernel'] = kernel;
    if (initrd) problems['directKernel.initrd'] = initrd;
    if (draft.kernel.cmdline.length > CMDLINE_MAX) {
      problems['directKernel.cmdline'] = { key: 'hwErrorTooLong', values: { max: CMDLINE_MAX } };
    }
  }
  Object.assign(problems, consoleProblems(draft.extraConsoles));
  const needed = sataDevicesNeeded(draft.disks, draft.cdrom !== null);
  if (needed > sataSlots[draft.machine]) {
    const problem: Problem = {
      key: 'hwErrorSataSlots',
      values: { machine: draft.machine, slots: sataSlots[draft.machine], needed },
    };
    // Shown with the disks and with the machine type: changing either fixes it.
    problems['disks'] = problem;
    problems['machine'] = problem;
  }
  return problems;
}

/** The card's MAC (user and bridge modes), the forwards (user mode) and the bridge's name (bridge mode). */
export function networkProblems(network: HardwareDraft['network']): FieldProblems {
  if (network.mode === 'none') return {};
  const problems: Record<string, Problem> = {};
  if (!MAC.test(network.mac)) problems['network.mac'] = { key: 'hwErrorMac' };
  if (network.mode === 'user') Object.assign(problems, forwardProblems(network.forwards));
  if (network.mode === 'bridge') {
    if (network.bridge === '') problems['network.bridge'] = { key: 'hwErrorRequired' };
    else if (!BRIDGE_NAME.test(network.bridge)) problems['network.bridge'] = { key: 'hwErrorBridgeName' };
  }
  return problems;
}

const MEMORY_SLOTS_MAX = 32;

/** The maximum memory (at least the memory) and the DIMM slots, while memory hot-plug is on. */
export function memoryHotplugProblems(draft: HardwareDraft): FieldProblems {
  const { enabled, maxMiB, slots } = draft.memoryHotplug;
  if (!enabled) return {};
  const problems: Record<string, Problem> = {};
  const max = wholeNumberIn(maxMiB, MEMORY_MIB_MIN, MEMORY_MIB_MAX);
  const memory = wholeNumberIn(draft.memoryMiB, MEMORY_MIB_MIN, MEMORY_MIB_MAX);
  if (max === undefined) {
    problems['memoryHotplug.maxMiB'] = {
      key: 'hwErrorWholeRange',
      values: { min: MEMORY_MIB_MIN, max: MEMORY_MIB_MAX },
    };
  } else if (memory !== undefined && max < memory) {
    problems['memoryHotplug.maxMiB'] = { key: 'hwErrorMaxMemoryBelow', values: { memory } };
  }
  if (wholeNumberIn(slots, 1, MEMORY_SLOTS_MAX) === undefined) {
    problems['memoryHotplug.slots'] = { key: 'hwErrorWholeRange', values: { min: 1, max: MEMORY_SLOTS_MAX } };
  }
  return problems;
}
