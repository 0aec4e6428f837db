import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { QmpClient } from '../qmp/qmp-client';
import type { QmpEvent } from '../qmp/qmp-types';

type Qmp = Pick<QmpClient, 'execute'>;
export type QmpEvents = {
  on(event: 'qmp', listener: (e: QmpEvent) => void): unknown;
  off(event: 'qmp', listener: (e: QmpEvent) => void): unknown;
};

/** Linux onlines hot-added memory in 128 MiB blocks (x86-64's memory block size). */
export const MEMORY_BLOCK_MIB = 128;
const HOTPLUGGED_CPU_PREFIX = '/machine/peripheral/';

/** Resolves when QEMU reports the device gone (the guest let it go); false after the timeout. */
export function deviceDeleted(events: QmpEvents, id: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const listener = (event: QmpEvent) => {
      if (event.event === 'DEVICE_DELETED' && event.data.device === id) finish(true);
    };
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      events.off('qmp', listener);
      resolve(ok);
    };
    events.on('qmp', listener);
  });
}

/**
 * Grows or shrinks a running VM's vCPUs to `target`: new ones go into free slots of
 * query-hotpluggable-cpus; only vCPUs added while it runs can be taken out again (the guest must
 * let them go). Returns the vCPU count QEMU has afterwards.
 */
export async function setVcpuCount(
  qmp: Qmp,
  events: QmpEvents,
  config: VmConfig,
  target: number,
  timeoutMs = 30_000,
): Promise<number> {
  const max = config.cpu.maxCount ?? config.cpu.count;
  if (max <= config.cpu.count && target !== config.cpu.count)
    throw new VireoError(
      'INVALID_STATE',
      'this VM was not started with room for more vCPUs: set a maximum vCPU count in Hardware → CPUs and restart it',
    );
  const slots = await qmp.execute('query-hotpluggable-cpus');
  if (target > slots.length && max > slots.length)
    throw new VireoError(
      'INVALID_STATE',
      `the running VM has room for ${slots.length} vCPUs: restart it for its new maximum of ${max}`,
    );
  if (target < 1 || target > slots.length)
    throw new VireoError('INVALID_INPUT', `the vCPU count must be between 1 and ${slots.length}`);
  const plugged = slots.filter((slot) => slot['qom-path'] !== undefined);
  if (target > plugged.length) {
    const free = slots.filter((slot) => slot['qom-path'] === undefined).slice(0, target - plugged.length);
    for (const slot of free) {
      const id = `vcpu${Object.values(slot.props).join('-')}`;
      await qmp.execute('device_add', { driver: slot.type, id, ...slot.props });
    }
    return target;
  }
  const removable = plugged
    .filter((slot) => slot['qom-path']?.startsWith(HOTPLUGGED_CPU_PREFIX))
    .map((slot) => slot['qom-path']?.slice(HOTPLUGGED_CPU_PREFIX.length) as string);
  const remove = plugged.length - target;
  if (remove > removable.length)
    throw new VireoError(
      'INVALID_STATE',
      `only vCPUs added while the VM runs can be removed (${removable.length} now); the others go at the next restart`,
    );
  for (const id of removable.slice(-remove).reverse()) {
    const gone = deviceDeleted(events, id, timeoutMs);
    await qmp.execute('device_del', { id });
    if (!(await gone))
      throw new VireoError('TIMEOUT', `the guest did not release vCPU ${id} within ${timeoutMs / 1000} s`);
  }
  return target;
}

/**
 * Adds `sizeMiB` of memory to a running VM as a DIMM (a RAM backend plus a pc-dimm device). The
 * guest then has to online it (Linux: echo online > /sys/devices/system/memory/memoryN/state,
 * unless its udev rules do).
 */
export async function addMemory(qmp: Qmp, config: VmConfig, sizeMiB: number): Promise<void> {
  const hotplug = config.memoryHotplug;
  if (!hotplug)
    throw new VireoError(
      'INVALID_STATE',
      'this VM was not started with room for more memory: set a maximum memory in Hardware → Memory and restart it',
    );
  if (sizeMiB <= 0 || sizeMiB % MEMORY_BLOCK_MIB !== 0)
    throw new VireoError(
      'INVALID_INPUT',
      `memory is added in steps of ${MEMORY_BLOCK_MIB} MiB (got ${sizeMiB} MiB)`,
    );
  if (config.memoryMiB + sizeMiB > hotplug.maxMiB)
    throw new VireoError(
      'INVALID_INPUT',
      `${config.memoryMiB} + ${sizeMiB} MiB is more than this VM's maximum of ${hotplug.maxMiB} MiB`,
    );
  const dimms = (await qmp.execute('query-memory-devices')).filter((d) => d.type === 'dimm');
  if (dimms.length >= hotplug.slots)
    throw new VireoError(
      'INVALID_STATE',
      `all ${hotplug.slots} memory slots are in use: restart the VM to merge them`,
    );
  const taken = new Set(dimms.map((d) => d.data.id));
  let n = 0;
  while (taken.has(`dimm${n}`)) n++;
  const id = `dimm${n}`;
  await qmp.execute('object-add', {
    'qom-type': 'memory-backend-ram',
    id: `mem-${id}`,
    size: sizeMiB * 1024 * 1024,
  });
  try {
    await qmp.execute('device_add', { driver: 'pc-dimm', id, memdev: `mem-${id}` });
  } catch (error) {
    await qmp.execute('object-del', { id: `mem-${id}` }).catch(() => undefined);
    if (/slots|maxmem/i.test((error as Error).message))
      throw new VireoError(
        'INVALID_STATE',
        'the running VM was started without room for more memory: restart it for its new maximum',
      );
    throw error;
  }
}
