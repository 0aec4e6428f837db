import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { checkSummary } from './path-check-summary';
import type { PathCheckState } from './path-check-state';
import { Spinner } from './Spinner';

/** What the engine found at a typed path, under the field: checking, found (with details), or why it could not check. */
export function PathStatus({ check }: { check: PathCheckState }) {
  const t = useMessages();
  switch (check.status) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <span className="path-status">
          <Spinner />
          {t.wzChecking}
        </span>
      );
    case 'failed':
      return <span className="path-status">{format(t.wzCheckFailed, { message: check.message })}</span>;
    case 'checked': {
      if (!check.check.ok) return null;
      const { key, values } = checkSummary(check.check);
      return (
        <span className="path-status path-status--ok">
          <svg
            className="path-status__icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path
              className="path-status__tick"
              d="m4.8 8.2 2.2 2.2 4.2-4.6"
              fill="none"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="path-status__text">{format(t[key], values)}</span>
        </span>
      );
    }
  }
}
