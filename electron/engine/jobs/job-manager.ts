import { randomUUID } from 'node:crypto';
import { VireoError } from '../../../shared/errors';
import type { Job } from '../../../shared/jobs';

export interface JobHandle {
  readonly id: string;
  /** Aborted when the user cancels: stop, undo what was done, then throw (or let run() throw). */
  readonly signal: AbortSignal;
  /** 0–1, or null while unknown; sent to clients at most every 200 ms. */
  progress(fraction: number | null): void;
}

export interface JobSpec {
  id?: string | undefined;
  kind: string;
  vm: string | null;
  title: string;
  cancellable?: boolean;
}

const KEEP_FINISHED_MS = 60_000;
const REPORT_EVERY_MS = 200;

/** The engine's long operations: their progress, their cancellation, their end, told to every client. */
export class JobManager {
  private readonly jobs = new Map<string, { job: Job; controller: AbortController }>();

  constructor(private readonly report: (job: Job) => void) {}

  list(): Job[] {
    return [...this.jobs.values()].map((entry) => entry.job);
  }

  async run<T>(spec: JobSpec, work: (handle: JobHandle) => Promise<T>): Promise<T> {
    const id = spec.id ?? randomUUID();
    if (this.jobs.get(id)?.job.state === 'running')
      throw new VireoError('CONFLICT', `a job "${id}" is already running`);
    const controller = new AbortController();
    const entry = {
      controller,
      job: {
        id,
        kind: spec.kind,
        vm: spec.vm,
        title: spec.title,
        state: 'running',
        progress: null,
        cancellable: spec.cancellable ?? true,
        error: null,
        startedAt: new Date().toISOString(),
      } satisfies Job as Job,
    };
    this.jobs.set(id, entry);
    this.report(entry.job);
    let lastReport = 0;
    const handle: JobHandle = {
      id,
      signal: controller.signal,
      progress: (fraction) => {
        entry.job = { ...entry.job, progress: fraction === null ? null : Math.min(1, Math.max(0, fraction)) };
        const now = performance.now();
        if (now - lastReport < REPORT_EVERY_MS) return;
        lastReport = now;
        this.report(entry.job);
      },
    };
    try {
      const result = await work(handle);
      if (controller.signal.aborted) throw cancelled(spec.title);
      this.finish(entry, { state: 'done', progress: 1 });
      return result;
    } catch (error) {
      if (controller.signal.aborted) {
        this.finish(entry, { state: 'cancelled' });
        throw cancelled(spec.title);
      }
      this.finish(entry, { state: 'failed', error: (error as Error).message });
      throw error;
    }
  }

  cancel(id: string): Job {
    const entry = this.jobs.get(id);
    if (!entry) throw new VireoError('NOT_FOUND', `no job "${id}"`);
    if (entry.job.state !== 'running')
      throw new VireoError('INVALID_STATE', `the job "${entry.job.title}" has ended`);
    if (!entry.job.cancellable)
      throw new VireoError('INVALID_STATE', `"${entry.job.title}" cannot be cancelled once started`);
    entry.controller.abort();
    return entry.job;
  }

  /** Cancels every running job (the engine is closing). */
  cancelAll(): void {
    for (const { job, controller } of this.jobs.values())
      if (job.state === 'running' && job.cancellable) controller.abort();
  }

  private finish(entry: { job: Job }, change: Partial<Job>): void {
    entry.job = { ...entry.job, ...change };
    this.report(entry.job);
    const { id } = entry.job;
    setTimeout(() => {
      if (this.jobs.get(id)?.job === entry.job) this.jobs.delete(id);
    }, KEEP_FINISHED_MS).unref();
  }
}

function cancelled(title: string): VireoError {
  return new VireoError('CANCELLED', `${title}: cancelled; nothing was changed`);
}
