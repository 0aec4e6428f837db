import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { Spinner } from './Spinner';
import type { CreatePhase } from './use-create-vm';
import './create-progress.css';

interface CreateProgressProps {
  phase: CreatePhase;
  name: string;
  /** An imported image is converted to qcow2 first, which can take minutes. */
  converting: boolean;
  /** The conversion's progress (0–1), once the engine reports it. */
  progress: number | null;
}

/** While creating and starting: what is happening, as a live status with an indeterminate bar. */
export function CreateProgress({ phase, name, converting, progress }: CreateProgressProps) {
  const t = useMessages();
  return (
    <div className="create-progress" role="status">
      {phase !== 'idle' && (
        <>
          <div className="create-progress__bar" aria-hidden="true">
            <span className="create-progress__fill" />
          </div>
          <p className="create-progress__line">
            <Spinner />
            <span>
              {format(phase === 'creating' ? t.wzCreating : t.wzStarting, { name })}
              {phase === 'creating' && converting && (
                <span className="create-progress__detail">
                  {t.wzConverting}
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
