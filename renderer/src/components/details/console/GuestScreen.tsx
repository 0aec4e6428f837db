import type { ReactNode, RefObject } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import type { ScreenState } from './screen-state';
import './guest-screen.css';

interface GuestScreenProps {
  state: ScreenState;
  scale: boolean;
  grabbed: boolean;
  region: RefObject<HTMLDivElement | null>;
  /** Where noVNC puts its screen and canvas. */
  display: RefObject<HTMLDivElement | null>;
  /** What covers the screen when there is none: connecting, not running, VNC off. */
  children?: ReactNode;
}

/**
 * The guest's screen, filling the pane: a region named "Guest screen" whose data-state says what
 * it shows. Focus lands on the region itself when the keyboard is released.
 */
export function GuestScreen({ state, scale, grabbed, region, display, children }: GuestScreenProps) {
  const t = useMessages();
  return (
    <div
      ref={region}
      role="region"
      aria-label={t.cnGuestScreen}
      data-state={state}
      data-grabbed={grabbed || undefined}
      data-scale={scale ? 'fit' : 'actual'}
      tabIndex={-1}
      className="guest-screen"
    >
      <div ref={display} className="guest-screen__display" hidden={state !== 'connected'} />
      {children}
    </div>
  );
}
