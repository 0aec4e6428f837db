import { randomUUID } from 'node:crypto';
import type { ContractClient } from '../../shared/contract';

/**
 * Runs a long request under a job id of our own: its progress shows on a terminal (stderr, one
 * line redrawn), and Ctrl+C asks the engine to cancel it (which undoes it).
 */
export async function withJobProgress<T>(
  client: ContractClient,
  start: (jobId: string) => Promise<T>,
): Promise<T> {
  const jobId = randomUUID();
  const tty = process.stderr.isTTY;
  let shown = false;
  const stop = client.on('job.updated', (job) => {
    if (job.id !== jobId || !tty || job.state !== 'running') return;
    const percent = job.progress === null ? '' : ` ${Math.floor(job.progress * 100)}%`;
    process.stderr.write(`\r\x1b[2K${job.title}…${percent}`);
    shown = true;
  });
  const cancel = () => {
    void client.invoke('job.cancel', { id: jobId }).catch((error: unknown) => {
      process.stderr.write(`\n${(error as Error).message}\n`);
    });
  };
  process.on('SIGINT', cancel);
  try {
    return await start(jobId);
  } finally {
    process.off('SIGINT', cancel);
    stop();
    if (shown) process.stderr.write('\r\x1b[2K');
  }
}
