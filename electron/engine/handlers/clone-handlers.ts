import { VireoError } from '../../../shared/errors';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { vmFiles } from '../paths';
import { cloneVm } from '../vm/clone-vm';
import { VmInstance } from '../vm/vm-instance';

/** Cloning a VM: a long, cancellable job; the clone appears in every client's list when done. */
export function cloneHandlers(engine: Engine): Pick<Handlers, 'vm.clone'> {
  return {
    'vm.clone': async ({ vm, name, linked, jobId }) => {
      const source = engine.find(vm);
      return source.operate('clone', async () => {
        const config = source.config;
        if (!config) throw new VireoError('INVALID_STATE', `“${source.name}” has no readable config`);
        const qemuImg = (await engine.capabilities()).qemuImg?.path;
        if (!qemuImg) throw new VireoError('QEMU_MISSING', 'qemu-img is needed to clone');
        const title = `${linked ? 'Linked clone' : 'Cloning'} “${source.name}” to “${name}”`;
        const cloneAndTrack = async () => {
          const made = await engine.jobs.run(
            { id: jobId, kind: 'clone', vm: source.uuid, title, cancellable: !linked },
            (job) =>
              cloneVm(
                { source: config, name, linked, sourcePaused: source.state === 'paused' },
                { paths: engine.paths, store: engine.store, qemuImg, existing: () => engine.configs() },
                job,
              ),
          );
          const tracked = new VmInstance(made.uuid, made, undefined, vmFiles(engine.paths, made.uuid));
          engine.track(tracked);
          return { clone: made, instance: tracked };
        };
        // A linked clone moves disks into data/bases/: no pruning until its config is known.
        const { clone, instance } = linked ? await engine.bases.run(cloneAndTrack) : await cloneAndTrack();
        instance.record('info', `cloned from "${config.name}"${linked ? ' (linked)' : ''}`);
        source.record(
          'info',
          `cloned to "${clone.name}"${linked ? ' (linked: its disks are now shared bases)' : ''}`,
        );
        engine.broadcast('vm.added', instance.status());
        return instance.status();
      });
    },
  };
}
