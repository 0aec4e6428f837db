import { interpolate } from '../../i18n/interpolate';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { CommandIcon } from '../toolbar/CommandIcon';
import './empty-state.css';

/** No VMs yet: offer the New VM wizard, and the CLI for those who prefer it. */
export function EmptyState() {
  const t = useMessages();
  const openWizard = useAppStore((state) => state.setWizardOpen);
  const connected = useAppStore((state) => state.connection === 'connected');
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
      <h2 className="empty-state__title">{t.emptyTitle}</h2>
      <p className="empty-state__body">{t.mwEmptyBody}</p>
      <button
        type="button"
        className="button button--primary button--large"
        aria-disabled={!connected || undefined}
        onClick={() => connected && openWizard(true)}
      >
        <CommandIcon command="newVm" />
        {t.mwNewVm}
      </button>
      <pre className="empty-state__commands">
        <code>{`${t.emptyCreateCommand}\n${t.emptyStartCommand}`}</code>
      </pre>
      <p className="empty-state__hint">
        {interpolate(t.mwEmptyHint, { command: <code>{t.emptyHelpCommand}</code> })}
      </p>
    </div>
  );
}
