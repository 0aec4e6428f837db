import { VireoError } from '../../../shared/errors';
import type { JobManager } from '../jobs/job-manager';
import { discardSavedState, saveProblem, saveStateToDisk } from './saved-state';
import { FORCE_OFF_WAIT_MS, requireConfig, requireSession } from './vm-lifecycle';
import type { VmInstance } from './vm-instance';

/**
 * Saves a running or paused VM's memory to its folder and stops it (the state "saved"); the next
 * start restores it. A failure or cancel leaves the VM as it was (resumed if it was running).
 */
export function saveVm(vm: VmInstance, jobs: JobManager, jobId: string | undefined): Promise<void> {
  return vm.operate('save', async () => {
    const config = requireConfig(vm);
    const session = requireSession(vm);
    const problem = saveProblem(config);
    if (problem) throw new VireoError('UNSUPPORTED', problem);
    const wasRunning = vm.state === 'running';
    if (wasRunning) await session.qmp.execute('stop');
    try {
      const title = `Saving the memory of “${vm.name}”`;
      await jobs.run({ id: jobId, kind: 'save', vm: vm.uuid, title }, (job) =>
        saveStateToDisk(session.qmp, config, vm.files, job),
      );
    } catch (error) {
      if (wasRunning) await session.qmp.execute('cont').catch(() => undefined);
      throw error;
    }
    await vm.expectExit('saved', 'its memory was saved to disk');
    vm.setState('shutting-down');
    await session.terminate();
    await vm.waitForState(['saved', 'crashed'], FORCE_OFF_WAIT_MS);
  });
}

export function discardSavedVm(vm: VmInstance): Promise<void> {
  return vm.operate('discardSaved', async () => {
    await discardSavedState(vm.files);
    vm.record('info', 'saved state discarded');
    vm.setState('stopped');
  });
}
