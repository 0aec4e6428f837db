import type { VmState } from '../../../../shared/vm-state';

/** A small glyph per state, decorative: the state's name is always written beside it. */
export function StateIcon({ state }: { state: VmState }) {
  return (
    <svg
      className="state-icon"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      {shape(state)}
    </svg>
  );
}

function shape(state: VmState) {
  switch (state) {
    case 'running':
      return <circle cx="6" cy="6" r="4.5" fill="currentColor" />;
    case 'paused':
      return (
        <>
          <rect x="2.5" y="2" width="2.6" height="8" rx="0.8" fill="currentColor" />
          <rect x="6.9" y="2" width="2.6" height="8" rx="0.8" fill="currentColor" />
        </>
      );
    case 'stopped':
      return <rect x="2" y="2" width="8" height="8" rx="1.5" fill="currentColor" />;
    case 'saved':
      // A stopped square holding a dot: memory kept.
      return (
        <>
          <rect
            x="1.5"
            y="1.5"
            width="9"
            height="9"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
          <circle cx="6" cy="6" r="2" fill="currentColor" />
        </>
      );
    case 'starting':
    case 'shutting-down':
      return (
        <path
          className="state-icon__spinner"
          d="M6 1.5a4.5 4.5 0 1 1-4.5 4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      );
    case 'crashed':
    case 'broken':
    case 'panicked':
      return (
        <>
          <path d="M6 1 11.2 10.5H.8Z" fill="currentColor" />
          <path
            className="state-icon__cutout"
            d="M6 4.6v2.6M6 8.8v.1"
            strokeWidth="1.4"
            strokeLinecap="round"
          />
        </>
      );
  }
}
