import type { ReactNode } from 'react';
import type { LastExit } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import type { MessageKey } from '../../../i18n/en';
import { useMessages } from '../../../i18n/use-messages';
import { useFormatTime } from '../use-format-time';
import './notices.css';

type Tone = 'info' | 'danger';

/** A notice in the overview: an icon, a title and what to know. Not an alert: it is not news. */
function Notice({ tone, title, children }: { tone: Tone; title: string; children: ReactNode }) {
  return (
    <div className={`overview-notice overview-notice--${tone}`}>
      <svg
        className="overview-notice__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        {tone === 'info' ? (
          <path
            className="overview-notice__mark"
            d="M8 7.2v4.4M8 4.6v.1"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        ) : (
          <path
            className="overview-notice__mark"
            d="M8 4.2v4.6M8 11.3v.1"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        )}
      </svg>
      <div className="overview-notice__content">
        <p className="overview-notice__title">{title}</p>
        {children}
      </div>
    </div>
  );
}

/** A saved VM: Start resumes it; its memory can be thrown away (after asking). */
export function SavedNotice({ onDiscard }: { onDiscard(): void }) {
  const t = useMessages();
  return (
    <Notice tone="info" title={t.mwSavedTitle}>
      <p>{t.mwSavedBody}</p>
      <button type="button" className="button" onClick={onDiscard}>
        {t.mwDiscardSaved}
      </button>
    </Notice>
  );
}

/** A panicked guest, held by QEMU: what happened and what the user can do. */
export function PanickedNotice({ message }: { message: string | undefined }) {
  const t = useMessages();
  return (
    <Notice tone="danger" title={t.mwPanickedTitle}>
      {message && <p className="overview-notice__detail">{message}</p>}
      <p>{t.mwPanickedBody}</p>
    </Notice>
  );
}

export function RestartNotice() {
  const t = useMessages();
  return (
    <Notice tone="info" title={t.mwRestartNeeded}>
      <p>{t.mwRestartNeededBody}</p>
    </Notice>
  );
}

export function ProblemNotice({ problem }: { problem: string | undefined }) {
  const t = useMessages();
  return (
    <Notice tone="danger" title={t.mwBrokenTitle}>
      {problem && <p className="overview-notice__detail">{problem}</p>}
    </Notice>
  );
}

const exitKinds: Record<LastExit['kind'], MessageKey> = {
  shutdown: 'mwExitShutdown',
  forced: 'mwExitForced',
  crashed: 'mwExitCrashed',
  saved: 'mwExitSaved',
};

/** How the VM last ended; for a crash, the end of its QEMU log too. */
export function LastExitNotice({ lastExit, crashed }: { lastExit: LastExit; crashed: boolean }) {
  const t = useMessages();
  const formatTime = useFormatTime();
  const summary = format(t.mwExitSummary, {
    kind: t[exitKinds[lastExit.kind]],
    time: formatTime(lastExit.at),
    reason: lastExit.reason,
  });
  return (
    <Notice tone={crashed ? 'danger' : 'info'} title={t.mwLastExit}>
      <p className="overview-notice__detail">{summary}</p>
      {lastExit.logTail.length > 0 && (lastExit.kind === 'crashed' || crashed) && (
        <figure className="overview-notice__log">
          <figcaption>{t.mwLogTail}</figcaption>
          <pre className="log-view log-view--short" tabIndex={0}>
            {lastExit.logTail.join('\n')}
          </pre>
        </figure>
      )}
    </Notice>
  );
}
