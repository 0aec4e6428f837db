import type { VmAction } from '../../store/app-state';

/** The glyph on an action button, decorative: the button's text is its name. */
export function ActionIcon({ action, working }: { action: VmAction; working: boolean }) {
  return (
    <svg
      className="button__icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {working ? spinner : shape(action)}
    </svg>
  );
}

const spinner = (
  <path
    className="button__spinner"
    d="M8 2a6 6 0 1 1-6 6"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
  />
);

function shape(action: VmAction) {
  switch (action) {
    case 'start':
    case 'resume':
      return (
        <path
          d="M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.2-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5Z"
          fill="currentColor"
        />
      );
    case 'pause':
      return (
        <>
          <rect x="3.5" y="2.5" width="3.2" height="11" rx="1" fill="currentColor" />
          <rect x="9.3" y="2.5" width="3.2" height="11" rx="1" fill="currentColor" />
        </>
      );
    case 'shutdown':
      return (
        <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M8 1.8v6" />
          <path d="M4.6 4.2a5 5 0 1 0 6.8 0" />
        </g>
      );
    case 'forceOff':
      return <rect x="3" y="3" width="10" height="10" rx="1.6" fill="currentColor" />;
  }
}
