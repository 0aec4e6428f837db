import type { ReactNode } from 'react';
import './coming-panel.css';
import { useMessages } from '../../i18n/use-messages';

/** A tab whose feature is not built yet: what it will hold, and what to use meanwhile. */
export function ComingPanel({ body, meanwhile }: { body: string; meanwhile?: ReactNode }) {
  const t = useMessages();
  return (
    <div className="coming-panel">
      <svg
        className="coming-panel__art"
        viewBox="0 0 48 48"
        width="48"
        height="48"
        aria-hidden="true"
        focusable="false"
      >
        <rect x="5" y="9" width="38" height="26" rx="4" fill="none" stroke="currentColor" strokeWidth="2.4" />
        <path d="M17 41h14M24 35v6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        <path
          d="M18 22h12"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeDasharray="2 4"
        />
      </svg>
      <h3 className="coming-panel__title">{t.mwComingTitle}</h3>
      <p className="coming-panel__body">{body}</p>
      {meanwhile && <p className="coming-panel__meanwhile">{meanwhile}</p>}
    </div>
  );
}
