import { VireoError } from '../../../shared/errors';
import type { QmpClient } from '../qmp/qmp-client';

interface QueryJob {
  id: string;
  status: string;
  'current-progress': number;
  'total-progress': number;
  error?: string;
}

/**
 * Waits for a QMP job (snapshot-save/-load/-delete) to conclude, reporting its progress, then
 * dismisses it. Throws QEMU's error when it failed.
 */
export async function waitForQmpJob(
  qmp: Pick<QmpClient, 'execute'>,
  id: string,
  onProgress: (fraction: number) => void,
  pollMs = 100,
): Promise<void> {
  for (;;) {
    const jobs = (await qmp.execute('query-jobs')) as QueryJob[];
    const job = jobs.find((j) => j.id === id);
    if (!job) throw new VireoError('QMP_ERROR', `QEMU lost the job ${id}`);
    if (job['total-progress'] > 0) onProgress(job['current-progress'] / job['total-progress']);
    if (job.status === 'concluded' || job.status === 'null') {
      await qmp.execute('job-dismiss', { id }).catch(() => undefined);
      if (job.error) throw new VireoError('QEMU_FAILED', job.error);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
