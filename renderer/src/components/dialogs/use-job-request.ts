import { useEffect, useState } from 'react';
import type { Job } from '../../../../shared/jobs';
import { randomJobId } from '../../client/random-job-id';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';

/**
 * Runs a long request under a job id of this window's: its progress while it runs, its problem
 * when it fails, and a cancel. `start` gets the job id to pass along.
 */
export function useJobRequest<T>() {
  const client = useAppStore((state) => state.client);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(
    () =>
      client.on('job.updated', (update) => {
        if (update.id === jobId) setJob(update);
      }),
    [client, jobId],
  );

  const run = async (start: (jobId: string) => Promise<T>): Promise<T | undefined> => {
    const id = randomJobId();
    setJobId(id);
    setJob(null);
    setProblem(null);
    try {
      return await start(id);
    } catch (error) {
      setProblem(errorMessage(error));
      return undefined;
    } finally {
      setJobId(null);
    }
  };

  const cancel = () => {
    if (jobId) void client.invoke('job.cancel', { id: jobId }).catch(() => undefined);
  };

  return { running: jobId !== null, job: jobId ? job : null, problem, run, cancel };
}
