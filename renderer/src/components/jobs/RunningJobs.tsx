import { useEffect, useState } from 'react';
import type { Job } from '../../../../shared/jobs';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import './running-jobs.css';

/**
 * Every long operation under way, whoever started it (this window, another, the CLI): what it
 * does, how far it is, and Cancel where the engine can undo it.
 */
export function RunningJobs() {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const connected = useAppStore((state) => state.connection === 'connected');
  const [jobs, setJobs] = useState<ReadonlyMap<string, Job>>(new Map());

  useEffect(() => {
    const stop = client.on('job.updated', (job) =>
      setJobs((before) => {
        const next = new Map(before);
        if (job.state === 'running') next.set(job.id, job);
        else next.delete(job.id);
        return next;
      }),
    );
    if (connected)
      client.invoke('job.list', {}).then(
        (list) => setJobs(new Map(list.filter((job) => job.state === 'running').map((job) => [job.id, job]))),
        () => undefined,
      );
    return stop;
  }, [client, connected]);

  if (jobs.size === 0) return null;
  return (
    <section className="running-jobs" aria-label={t.jbRegion}>
      {[...jobs.values()].map((job) => (
        <div key={job.id} className="running-jobs__job" role="status">
          <span className="running-jobs__title">{job.title}…</span>
          <progress max={1} value={job.progress ?? undefined} aria-label={job.title} />
          <span className="running-jobs__percent">
            {job.progress === null ? '' : `${Math.floor(job.progress * 100)} %`}
          </span>
          {job.cancellable && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={format(t.jbCancelNamed, { title: job.title })}
              onClick={() => void client.invoke('job.cancel', { id: job.id }).catch(() => undefined)}
            >
              {t.jbCancel}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
