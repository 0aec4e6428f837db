import { fieldError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { addMemory, setVcpuCount } from '../vm/cpu-memory-hotplug';
import { hardwareFingerprint } from '../vm/hardware-fingerprint';
import type { QemuSession } from '../vm/qemu-session';
import type { VmInstance } from '../vm/vm-instance';
import { editedConfig, saveConfig } from './update-vm';

type HotplugHandlers = Pick<Handlers, 'vm.setVcpus' | 'vm.addMemory'>;

/**
 * vCPUs and memory, changed while the VM runs when it has room for them. The config keeps the
 * new totals, so the next start boots with them; the running QEMU's fingerprint follows.
 */
export function hotplugHandlers(engine: Engine): HotplugHandlers {
  const change = (
    instance: VmInstance,
    next: (current: VmConfig) => Partial<VmConfig>,
    live: (current: VmConfig, session: QemuSession) => Promise<void>,
    what: string,
  ) =>
    instance.operate('edit', async () => {
      const current = instance.config as VmConfig;
      const updated = await editedConfig(engine, instance, next(current));
      const session = instance.running;
      if (session) {
        const matched = !instance.status().needsRestart;
        await live(current, session);
        if (matched) await session.updateFingerprint(hardwareFingerprint(updated));
      }
      return saveConfig(engine, instance, updated, `${what}${session ? ' (while running)' : ''}`);
    });

  return {
    'vm.setVcpus': async ({ vm, count }) => {
      const instance = engine.find(vm);
      const max = instance.config?.cpu.maxCount;
      if (max !== undefined && count > max)
        throw fieldError(
          'INVALID_INPUT',
          ['count'],
          `"${instance.name}" can have at most ${max} vCPUs (its maximum)`,
        );
      return change(
        instance,
        (current) => ({ cpu: { ...current.cpu, count } }),
        async (current, session) => {
          await setVcpuCount(session.qmp, instance, current, count);
        },
        `vCPUs set to ${count}`,
      );
    },
    'vm.addMemory': async ({ vm, sizeMiB }) => {
      const instance = engine.find(vm);
      return change(
        instance,
        (current) => ({ memoryMiB: current.memoryMiB + sizeMiB }),
        (current, session) => addMemory(session.qmp, current, sizeMiB),
        `${sizeMiB} MiB of memory added`,
      );
    },
  };
}
