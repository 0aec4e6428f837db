import type { ReactNode } from 'react';

/** A message over the guest screen's area: an icon, a title, what to know, maybe an action. */
export function ScreenCover({
  title,
  body,
  busy,
  children,
}: {
  title: string;
  body?: string;
  /** Something is under way (connecting): a spinner, and the title is announced. */
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={`screen-cover${busy ? ' screen-cover--busy' : ''}`}>
      {busy ? (
        <svg className="screen-cover__spinner" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" opacity="0.25" />
          <path
            d="M21 12a9 9 0 0 0-9-9"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
        </svg>
      ) : (
        <svg className="screen-cover__art" viewBox="0 0 48 48" width="44" height="44" aria-hidden="true">
          <rect
            x="5"
            y="9"
            width="38"
            height="26"
            rx="4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.4"
          />
          <path d="M17 41h14M24 35v6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
      )}
      <p className="screen-cover__title" role={busy ? 'status' : undefined}>
        {title}
      </p>
      {body && <p className="screen-cover__body">{body}</p>}
      {children}
    </div>
  );
}
