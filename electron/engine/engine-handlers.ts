import type { ContractHandlers } from '../../shared/contract';
import { VireoError } from '../../shared/errors';
import { isActive } from '../../shared/vm-state';
import { vmConfigSchema, type VmConfig } from '../../shared/vm-config';
import type { Engine } from './engine';
import type { EngineSession } from './engine-session';
import { vmFiles } from './paths';
import { readFileTail } from './process/log-tail';
import { requireQemu } from './qemu/capabilities';
import { createVm } from './vm/create-vm';
import { VmInstance } from './vm/vm-instance';
import { forceOffVm, pauseVm, qemuArgvFor, rebootVm, resumeVm, shutdownVm, startVm } from './vm/vm-lifecycle';

export type Handlers = ContractHandlers<EngineSession>;

/** The engine's side of the contract: one handler per request, params already validated. */
export function createHandlers(engine: Engine): Handlers {
  const deps = { capabilities: () => engine.capabilities(), env: engine.env };
  const configs = () => [...engine.vms.values()].flatMap((vm) => (vm.config ? [vm.config] : []));
  let creating: Promise<unknown> = Promise.resolve();

  return {
    'engine.info': async () => engine.info,
    'engine.capabilities': async () => engine.capabilities(true),
    'preferences.get': async () => engine.preferences.load(),
    'preferences.set': async ({ changes }) => {
      const next = await engine.preferences.update(changes);
      engine.broadcast('preferences.changed', next);
      return next;
    },
    'vm.list': async () =>
      [...engine.vms.values()].map((vm) => vm.status()).sort((a, b) => a.name.localeCompare(b.name)),
    'vm.get': async ({ vm }) => {
      const instance = engine.find(vm);
      return { status: instance.status(), config: instance.config ?? null };
    },
    'vm.create': async (params) => {
      // One creation at a time, so two creates of the same name cannot both pass the check.
      const turn = creating.then(async () => {
        const config = await createVm(params, {
          paths: engine.paths,
          store: engine.store,
          qemuImg: async () => requireQemu(await engine.capabilities()).img,
          existing: configs,
        });
        const instance = new VmInstance(config.uuid, config, undefined, vmFiles(engine.paths, config.uuid));
        engine.track(instance);
        engine.broadcast('vm.added', instance.status());
        return instance.status();
      });
      creating = turn.catch(() => undefined);
      return turn;
    },
    'vm.update': async ({ vm, changes }) => {
      const instance = engine.find(vm);
      await instance.operate('edit', async () => {
        const current = instance.config as VmConfig;
        if (
          changes.name !== undefined &&
          changes.name !== current.name &&
          configs().some((c) => c.name === changes.name)
        ) {
          throw new VireoError('CONFLICT', `a VM named "${changes.name}" already exists`);
        }
        const needsStop = changes.memoryMiB !== undefined || changes.cpus !== undefined;
        if (needsStop && isActive(instance.state)) {
          throw new VireoError(
            'INVALID_STATE',
            `stop "${instance.name}" before changing its memory or vCPUs`,
          );
        }
        const next = vmConfigSchema.parse({
          ...current,
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          ...(changes.memoryMiB !== undefined ? { memoryMiB: changes.memoryMiB } : {}),
          ...(changes.cpus !== undefined ? { cpu: { count: changes.cpus } } : {}),
        });
        await engine.store.save(next);
        instance.config = next;
        instance.emit('changed');
      });
      return instance.status();
    },
    'vm.delete': async ({ vm, keepDisks }) => {
      const instance = engine.find(vm);
      const keptDisks = await instance.operate('delete', async () => {
        const managed = instance.config?.disks.filter((d) => d.managed).map((d) => d.path) ?? [];
        const kept = await engine.store.remove(instance.uuid, managed, keepDisks);
        engine.vms.delete(instance.uuid);
        instance.removeAllListeners();
        return kept;
      });
      engine.broadcast('vm.removed', { uuid: instance.uuid, name: instance.name });
      return { removed: instance.name, keptDisks };
    },
    'vm.start': async ({ vm }) => statusAfter(engine, vm, (i) => startVm(i, deps)),
    'vm.pause': async ({ vm }) => statusAfter(engine, vm, pauseVm),
    'vm.resume': async ({ vm }) => statusAfter(engine, vm, resumeVm),
    'vm.reboot': async ({ vm }) => statusAfter(engine, vm, rebootVm),
    'vm.shutdown': async ({ vm, timeoutSec, force }) =>
      statusAfter(engine, vm, (i) => shutdownVm(i, timeoutSec, force)),
    'vm.forceOff': async ({ vm }) => statusAfter(engine, vm, forceOffVm),
    'vm.args': async ({ vm }) => {
      const { binary, argv } = await qemuArgvFor(engine.find(vm), deps);
      return { argv: [binary, ...argv] };
    },
    'serial.history': async ({ vm, maxBytes }) => {
      const instance = engine.find(vm);
      return { data: (await readFileTail(instance.files.serialLog, maxBytes)).toString('base64') };
    },
    'serial.send': async ({ vm, text }) => {
      const session = engine.find(vm).running;
      if (!session) throw new VireoError('INVALID_STATE', `"${vm}" is not running`);
      return { bytes: await session.writeSerial(text) };
    },
    'serial.subscribe': async ({ vm }, session) => {
      const instance = engine.find(vm);
      session.serialSubscriptions.add(instance.uuid);
      return { uuid: instance.uuid };
    },
    'serial.unsubscribe': async ({ vm }, session) => {
      session.serialSubscriptions.delete(engine.find(vm).uuid);
      return {};
    },
  };
}

async function statusAfter(engine: Engine, ref: string, operation: (vm: VmInstance) => Promise<void>) {
  const vm = engine.find(ref);
  await operation(vm);
  return vm.status();
}
