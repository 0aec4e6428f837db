import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { Spinner } from './Spinner';
import type { CreatePhase } from './use-create-vm';
import './create-progress.css';

/** The long step of a creation, said under its line: none, or what the engine's job is doing. */
export type CreateWork = 'converting' | 'downloading' | 'preparing' | null;

interface CreateProgressProps {
  phase: CreatePhase;
  name: string;
  /**
   * An imported image is converted to qcow2 first, a cloud image at a URL downloaded (or a local
   * one checked): either can take minutes.
   */
  work: CreateWork;
  /** The job's progress (0–1), once the engine reports it. */
  progress: number | null;
}

/**
 * While creating and starting: what is happening, as a live status with a bar (indeterminate until
 * the engine's job reports how far it is).
 */
export function CreateProgress({ phase, name, work, progress }: CreateProgressProps) {
  const t = useMessages();
  const detail = { converting: t.wzConverting, downloading: t.wzDownloading, preparing: t.wzPreparingCloud };
  return (
    <div className="create-progress" role="status">
      {phase !== 'idle' && (
        <>
          <div className="create-progress__bar" aria-hidden="true">
            {progress === null ? (
              <span className="create-progress__fill" />
            ) : (
              <span
                key="determinate"
                className="create-progress__fill create-progress__fill--determinate"
                style={{ width: `${Math.round(progress * 100)}%` }}
              />
            )}
          </div>
          <p className="create-progress__line">
            <Spinner />
            <span>
              {format(phase === 'creating' ? t.wzCreating : t.wzStarting, { name })}
              {phase === 'creating' && work !== null && (
                <span className="create-progress__detail">
                  {detail[work]}
                  {progress !== null && ` ${Math.floor(progress * 100)} %`}
                </span>
              )}
            </span>
          </p>
        </>
      )}
    </div>
  );
}
