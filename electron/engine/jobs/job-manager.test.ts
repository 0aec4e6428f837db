import { describe, expect, it } from 'vitest';
import type { Job } from '../../../shared/jobs';
import { JobManager } from './job-manager';

describe('JobManager', () => {
  it('reports a job from start to done, and its result', async () => {
    const seen: Job[] = [];
    const jobs = new JobManager((job) => seen.push(job));
    const result = await jobs.run({ id: 'a', kind: 'test', vm: null, title: 'Testing' }, async (job) => {
      job.progress(0.5);
      return 42;
    });
    expect(result).toBe(42);
    expect(seen[0]).toMatchObject({ id: 'a', state: 'running', progress: null });
    expect(seen.at(-1)).toMatchObject({ id: 'a', state: 'done', progress: 1 });
    expect(jobs.list()).toMatchObject([{ id: 'a', state: 'done' }]);
  });

  it('cancels: the work sees the signal, and the request fails with CANCELLED', async () => {
    const jobs = new JobManager(() => undefined);
    const running = jobs.run(
      { id: 'b', kind: 'test', vm: null, title: 'Copying' },
      (job) =>
        new Promise<void>((_resolve, reject) =>
          job.signal.addEventListener('abort', () => reject(new Error('stopped'))),
        ),
    );
    expect(jobs.cancel('b').state).toBe('running');
    await expect(running).rejects.toMatchObject({
      code: 'CANCELLED',
      message: 'Copying: cancelled; nothing was changed',
    });
    expect(jobs.list()[0]?.state).toBe('cancelled');
    expect(() => jobs.cancel('b')).toThrow(/has ended/);
    expect(() => jobs.cancel('nope')).toThrow(/no job/);
  });

  it('keeps a failure’s message, refuses a duplicate id and a cancel it cannot honour', async () => {
    const jobs = new JobManager(() => undefined);
    await expect(
      jobs.run({ id: 'c', kind: 'test', vm: null, title: 'Failing' }, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(jobs.list()[0]).toMatchObject({ state: 'failed', error: 'disk full' });
    let release: () => void = () => undefined;
    const held = jobs.run(
      { id: 'd', kind: 'test', vm: null, title: 'Held', cancellable: false },
      () => new Promise<void>((r) => (release = r)),
    );
    await expect(
      jobs.run({ id: 'd', kind: 'test', vm: null, title: 'Again' }, async () => 1),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(() => jobs.cancel('d')).toThrow(/cannot be cancelled/);
    release();
    await held;
  });
});
