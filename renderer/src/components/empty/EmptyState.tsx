import { interpolate } from '../../i18n/interpolate';
import { useMessages } from '../../i18n/use-messages';
import './empty-state.css';

/** No VMs yet: say how to make one with the CLI until the creation wizard exists. */
export function EmptyState() {
  const t = useMessages();
  return (
    <div className="empty-state">
      <svg
        className="empty-state__art"
        viewBox="0 0 64 48"
        width="64"
        height="48"
        aria-hidden="true"
        focusable="false"
      >
        <rect x="4" y="4" width="56" height="34" rx="5" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M22 45h20M32 38v7" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        <path d="M26 21h12M32 15v12" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <h3 className="empty-state__title">{t.emptyTitle}</h3>
      <p className="empty-state__body">{t.emptyBody}</p>
      <pre className="empty-state__commands">
        <code>{`${t.emptyCreateCommand}\n${t.emptyStartCommand}`}</code>
      </pre>
      <p className="empty-state__hint">
        {interpolate(t.emptyHint, { command: <code>{t.emptyHelpCommand}</code> })}
      </p>
    </div>
  );
}
