import { vmFiles } from '../paths';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { requireQemu } from '../qemu/capabilities';
import { createVm } from '../vm/create-vm';
import { pruneBases } from '../vm/bases';
import { VmInstance } from '../vm/vm-instance';
import { discardSavedVm, saveVm } from '../vm/save-vm';
import {
  forceOffVm,
  pauseVm,
  qemuArgvFor,
  rebootVm,
  resumeVm,
  shutdownVm,
  startVm,
} from '../vm/vm-lifecycle';

type VmHandlers = Pick<
  Handlers,
  | 'vm.list'
  | 'vm.get'
  | 'vm.create'
  | 'vm.delete'
  | 'vm.start'
  | 'vm.pause'
  | 'vm.resume'
  | 'vm.reboot'
  | 'vm.shutdown'
  | 'vm.forceOff'
  | 'vm.save'
  | 'vm.discardSaved'
  | 'vm.args'
>;

/** VMs as wholes: list, create, delete, and the power operations. */
export function vmHandlers(engine: Engine): VmHandlers {
  const deps = { capabilities: () => engine.capabilities(), env: engine.env };
  let creating: Promise<unknown> = Promise.resolve();

  /** Runs an operation; a failure also lands in the VM's timeline. */
  const statusAfter = async (ref: string, operation: (vm: VmInstance) => Promise<void>) => {
    const vm = engine.find(ref);
    try {
      await operation(vm);
    } catch (error) {
      vm.record('error', (error as Error).message);
      throw error;
    }
    return vm.status();
  };

  return {
    'vm.list': async () =>
      [...engine.vms.values()].map((vm) => vm.status()).sort((a, b) => a.name.localeCompare(b.name)),
    'vm.get': async ({ vm }) => {
      const instance = engine.find(vm);
      return { status: instance.status(), config: instance.config ?? null };
    },
    'vm.create': async (params) => {
      // One creation at a time, so two creates of the same name cannot both pass the check.
      const createAndTrack = async () => {
        const config = await createVm(params, {
          paths: engine.paths,
          store: engine.store,
          qemuImg: async () => requireQemu(await engine.capabilities()).img,
          existing: () => engine.configs(),
          diskFolder: (await engine.preferences.load()).diskFolder,
          runJob: (title, work) =>
            engine.jobs.run({ id: params.jobId, kind: 'import-disk', vm: null, title }, work),
        });
        const tracked = new VmInstance(config.uuid, config, undefined, vmFiles(engine.paths, config.uuid));
        engine.track(tracked);
        return { config, instance: tracked };
      };
      const turn = creating.then(async () => {
        // A downloaded cloud image lands in data/bases/: no pruning until the config refers to it.
        const { config, instance } = params.cloudInit?.image.url
          ? await engine.bases.run(createAndTrack)
          : await createAndTrack();
        instance.record('info', `created "${config.name}"`);
        engine.broadcast('vm.added', instance.status());
        return instance.status();
      });
      creating = turn.catch(() => undefined);
      return turn;
    },
    'vm.delete': async ({ vm, keepDisks }) => {
      const instance = engine.find(vm);
      const keptDisks = await instance.operate('delete', async () => {
        const managed = instance.config?.disks.filter((d) => d.managed).map((d) => d.path) ?? [];
        const kept = await engine.store.remove(instance.uuid, managed, keepDisks);
        engine.vms.delete(instance.uuid);
        engine.metrics.forget(instance.uuid);
        instance.removeAllListeners();
        return kept;
      });
      // The bases only this VM read through (a linked clone's original, a cloud image) go too, in
      // the background: a clone or download under way holds the lock.
      const qemuImg = (await engine.capabilities()).qemuImg?.path;
      if (qemuImg)
        void engine.bases
          .run(() => pruneBases(engine.paths.dataDir, engine.configs(), keptDisks, qemuImg))
          .catch(() => undefined);
      engine.broadcast('vm.removed', { uuid: instance.uuid, name: instance.name });
      return { removed: instance.name, keptDisks };
    },
    'vm.start': async ({ vm }) => statusAfter(vm, (i) => startVm(i, deps)),
    'vm.pause': async ({ vm }) => statusAfter(vm, pauseVm),
    'vm.resume': async ({ vm }) => statusAfter(vm, resumeVm),
    'vm.reboot': async ({ vm }) => statusAfter(vm, rebootVm),
    'vm.shutdown': async ({ vm, timeoutSec, force }) =>
      statusAfter(vm, (i) => shutdownVm(i, timeoutSec, force)),
    'vm.forceOff': async ({ vm }) => statusAfter(vm, forceOffVm),
    'vm.save': async ({ vm, jobId }) => statusAfter(vm, (i) => saveVm(i, engine.jobs, jobId)),
    'vm.discardSaved': async ({ vm }) => statusAfter(vm, discardSavedVm),
    'vm.args': async ({ vm }) => {
      const { binary, argv } = await qemuArgvFor(engine.find(vm), deps);
      return { argv: [binary, ...argv] };
    },
  };
}
