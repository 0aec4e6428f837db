import type { VmCommand } from './commands';

/** The glyph on a command's button or menu item, decorative: its text is its name. */
export function CommandIcon({
  command,
  working = false,
}: {
  command: VmCommand | 'newVm' | 'importVm';
  working?: boolean;
}) {
  return (
    <svg
      className="command-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {working ? spinner : shape(command)}
    </svg>
  );
}

const spinner = (
  <path
    className="command-icon__spinner"
    d="M8 2a6 6 0 1 1-6 6"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
  />
);

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round' } as const;

function shape(command: VmCommand | 'newVm' | 'importVm') {
  switch (command) {
    case 'newVm':
      return (
        <g {...line}>
          <rect x="1.8" y="2.8" width="12.4" height="8.4" rx="1.6" />
          <path d="M5.5 14h5M8 5v4.2M5.9 7.1h4.2" />
        </g>
      );
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
        <g {...line} strokeWidth={1.8}>
          <path d="M8 1.8v6" />
          <path d="M4.6 4.2a5 5 0 1 0 6.8 0" />
        </g>
      );
    case 'reboot':
      return (
        <g {...line} strokeWidth={1.8}>
          <path d="M13 8a5 5 0 1 1-1.6-3.7" />
          <path d="M12.2 1.8v3h-3" strokeLinejoin="round" />
        </g>
      );
    case 'forceOff':
      return <rect x="3" y="3" width="10" height="10" rx="1.6" fill="currentColor" />;
    case 'save':
      // Hibernation: a crescent moon.
      return <path d="M12.6 10.2A5.6 5.6 0 0 1 5.8 3.4a5.6 5.6 0 1 0 6.8 6.8Z" fill="currentColor" />;
    case 'export':
    case 'importVm':
      // A box, with an arrow leaving it (export) or coming in (import).
      return (
        <g {...line}>
          <path d="M2.5 7.5v5.3a1.2 1.2 0 0 0 1.2 1.2h8.6a1.2 1.2 0 0 0 1.2-1.2V7.5" />
          <path
            d={command === 'export' ? 'M8 10V2M5.2 4.6 8 1.8l2.8 2.8' : 'M8 1.8v8M5.2 7.4 8 10.2l2.8-2.8'}
            strokeLinejoin="round"
          />
        </g>
      );
    case 'clone':
      return (
        <g {...line}>
          <rect x="5.2" y="5.2" width="8.6" height="8.6" rx="1.4" />
          <path d="M10.8 2.6V2.2H3.6a1.4 1.4 0 0 0-1.4 1.4v7.2h.4" />
        </g>
      );
    case 'delete':
      return (
        <g {...line}>
          <path d="M2.5 4h11M6.3 4V2.6h3.4V4M4 4l.7 9.2a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9L12 4" />
          <path d="M6.8 6.8v4.4M9.2 6.8v4.4" />
        </g>
      );
  }
}
