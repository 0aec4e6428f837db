import type { ReactNode } from 'react';

interface CheckItemProps {
  ok: boolean;
  /** A missing part that only slows things down (KVM) is a warning, not an error. */
  severity: 'error' | 'warning';
  title: string;
  children: ReactNode;
}

/** One line of the first-run checklist: a tick or a mark, what was checked, and what was found. */
export function CheckItem({ ok, severity, title, children }: CheckItemProps) {
  const kind = ok ? 'ok' : severity;
  return (
    <li className={`check-item check-item--${kind}`}>
      <svg
        className="check-item__icon"
        viewBox="0 0 20 20"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        {ok ? (
          <path
            className="check-item__mark"
            d="m6 10.2 2.7 2.7L14.2 7"
            fill="none"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ) : severity === 'error' ? (
          <path className="check-item__mark" d="m7 7 6 6m0-6-6 6" strokeWidth="2" strokeLinecap="round" />
        ) : (
          <path className="check-item__mark" d="M10 5.5v5.5m0 3v.1" strokeWidth="2" strokeLinecap="round" />
        )}
      </svg>
      <div className="check-item__text">
        <span className="check-item__title">{title}</span>
        <span className="check-item__detail">{children}</span>
      </div>
    </li>
  );
}
