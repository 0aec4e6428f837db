import type { ReactNode } from 'react';
import type { VmOs } from '../../../../shared/os-info';
import { osGlyph, type OsGlyph } from './os-glyph';

/** A generic glyph for the VM's kind of OS, decorative: the OS's name is in the overview. */
export function OsIcon({ os, size = 32 }: { os: VmOs | null; size?: number }) {
  const glyph = osGlyph(os);
  return (
    <svg
      className={`os-icon os-icon--${glyph}`}
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect className="os-icon__tile" x="0.5" y="0.5" width="31" height="31" rx="7" />
      {shapes[glyph]}
    </svg>
  );
}

const shapes: Record<OsGlyph, ReactNode> = {
  // A penguin: head and body, a light belly, two feet.
  linux: (
    <g className="os-icon__glyph">
      <path d="M16 5.5c-3 0-4.6 2.4-4.6 5.3 0 1.5-.5 2.6-1.5 4-1.3 1.8-2.4 4-2.4 6.2 0 2.8 3.6 5 8.5 5s8.5-2.2 8.5-5c0-2.2-1.1-4.4-2.4-6.2-1-1.4-1.5-2.5-1.5-4 0-2.9-1.6-5.3-4.6-5.3Z" />
      <path
        className="os-icon__cutout"
        d="M16 13.2c-2.3 0-4.2 3.2-4.2 6.4 0 2.4 1.9 3.8 4.2 3.8s4.2-1.4 4.2-3.8c0-3.2-1.9-6.4-4.2-6.4Z"
      />
      <circle className="os-icon__cutout" cx="14.3" cy="9.6" r="1" />
      <circle className="os-icon__cutout" cx="17.7" cy="9.6" r="1" />
      <path className="os-icon__accent" d="M14.2 11.6h3.6L16 13.2Z" />
    </g>
  ),
  // Four window panes.
  windows: (
    <g className="os-icon__glyph">
      <rect x="7" y="7" width="8.4" height="8.4" rx="1" />
      <rect x="16.6" y="7" width="8.4" height="8.4" rx="1" />
      <rect x="7" y="16.6" width="8.4" height="8.4" rx="1" />
      <rect x="16.6" y="16.6" width="8.4" height="8.4" rx="1" />
    </g>
  ),
  // A round head with two horns.
  bsd: (
    <g className="os-icon__glyph">
      <path d="M9.5 6.5c.2 3 1.3 4.8 3.2 5.6M22.5 6.5c-.2 3-1.3 4.8-3.2 5.6" className="os-icon__stroke" />
      <circle cx="16" cy="18" r="8" />
      <circle className="os-icon__cutout" cx="13" cy="16.5" r="1.3" />
      <circle className="os-icon__cutout" cx="19" cy="16.5" r="1.3" />
      <path className="os-icon__cutout-stroke" d="M12.8 21c1.9 1.6 4.5 1.6 6.4 0" />
    </g>
  ),
  // A generic screen.
  other: (
    <g className="os-icon__glyph">
      <rect className="os-icon__stroke" x="6.5" y="8" width="19" height="13" rx="2" />
      <path className="os-icon__stroke" d="M12.5 25h7M16 21v4" />
    </g>
  ),
};
