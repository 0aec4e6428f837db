import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';

/** A panel section that could not load: why, and a way to try again. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry(): void }) {
  const t = useMessages();
  return (
    <div className="load-problem">
      <p>{format(t.mwLoadFailed, { message })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t.mwTryAgain}
      </button>
    </div>
  );
}
