import type { Job } from '../../../../shared/jobs';

/** A running job's progress bar, named after what it does. */
export function JobProgress({ job }: { job: Job | null }) {
  if (!job || job.state !== 'running') return null;
  return (
    <div className="job-progress">
      <span>{job.title}…</span>
      <progress max={1} value={job.progress ?? undefined} aria-label={job.title} />
    </div>
  );
}
