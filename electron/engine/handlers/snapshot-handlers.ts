import { VireoError } from '../../../shared/errors';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import type { JobHandle } from '../jobs/job-manager';
import {
  createSnapshot,
  deleteSnapshot,
  listSnapshots,
  revertSnapshot,
  type SnapshotTarget,
} from '../snapshots/snapshot-ops';
import type { VmInstance } from '../vm/vm-instance';

type SnapshotHandlers = Pick<
  Handlers,
  'snapshot.list' | 'snapshot.create' | 'snapshot.revert' | 'snapshot.delete' | 'job.list' | 'job.cancel'
>;

/** Internal qcow2 snapshots, and the long operations (jobs) every client can follow and cancel. */
export function snapshotHandlers(engine: Engine): SnapshotHandlers {
  const targetOf = async (vm: VmInstance): Promise<SnapshotTarget> => {
    const qemuImg = (await engine.capabilities()).qemuImg?.path;
    if (!qemuImg) throw new VireoError('QEMU_MISSING', 'qemu-img is needed for snapshots');
    if (!vm.config) throw new VireoError('INVALID_STATE', `“${vm.name}” has no readable config`);
    return {
      config: vm.config,
      dataDir: vm.files.dataDir,
      session: vm.running,
      agent: vm.guestAgent,
      qemuImg,
    };
  };

  const snapshotJob = async (
    ref: string,
    kind: string,
    title: (vm: VmInstance) => string,
    jobId: string | undefined,
    work: (target: SnapshotTarget, job: JobHandle) => Promise<string | undefined>,
    done: (vm: VmInstance, outcome: string | undefined) => string,
  ) => {
    const vm = engine.find(ref);
    return vm.operate('snapshot', async () => {
      const target = await targetOf(vm);
      const outcome = await engine.jobs.run(
        { id: jobId, kind, vm: vm.uuid, title: title(vm), cancellable: false },
        (job) => work(target, job),
      );
      vm.record('info', done(vm, outcome));
      vm.emit('changed');
      return listSnapshots(target);
    });
  };

  return {
    'snapshot.list': async ({ vm }) => listSnapshots(await targetOf(engine.find(vm))),
    'snapshot.create': ({ vm, name, description, memory, jobId }) =>
      snapshotJob(
        vm,
        'snapshot-save',
        (i) => `Taking snapshot “${name}” of “${i.name}”`,
        jobId,
        (target, job) => createSnapshot(target, name, description, job, memory),
        (_i, how) => `snapshot “${name}” taken (${how ?? 'of the disks'})`,
      ),
    'snapshot.revert': ({ vm, name, jobId }) =>
      snapshotJob(
        vm,
        'snapshot-load',
        (i) => `Reverting “${i.name}” to snapshot “${name}”`,
        jobId,
        async (target, job) => {
          await revertSnapshot(target, name, job);
          return undefined;
        },
        () => `reverted to snapshot “${name}”`,
      ),
    'snapshot.delete': ({ vm, name, jobId }) =>
      snapshotJob(
        vm,
        'snapshot-delete',
        (i) => `Deleting snapshot “${name}” of “${i.name}”`,
        jobId,
        async (target, job) => {
          await deleteSnapshot(target, name, job);
          return undefined;
        },
        () => `snapshot “${name}” deleted`,
      ),
    'job.list': async () => engine.jobs.list(),
    'job.cancel': async ({ id }) => engine.jobs.cancel(id),
  };
}
