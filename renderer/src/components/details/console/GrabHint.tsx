import { useMessages } from '../../../i18n/use-messages';
import { ConsoleIcon } from './ConsoleIcon';
import './grab-hint.css';

interface GrabHintProps {
  /** A VNC session is up (else only the status line shows). */
  connected: boolean;
  grabbed: boolean;
  onRelease(): void;
  /** A short confirmation of the last action ("Sent Ctrl+Alt+Del"). */
  status: string;
}

/**
 * Under the screen: whether the keyboard goes to the guest, and how to get it back. Release
 * keyboard is for the mouse (keys are the guest's while grabbed; Ctrl+Alt is the keyboard's way).
 */
export function GrabHint({ connected, grabbed, onRelease, status }: GrabHintProps) {
  const t = useMessages();
  return (
    <div
      className="grab-hint"
      data-grabbed={grabbed || undefined}
      data-empty={(!connected && !status) || undefined}
    >
      {connected && (
        <>
          <ConsoleIcon name="ctrlAltDel" />
          <p className="grab-hint__text" aria-live="polite">
            {grabbed ? t.cnGrabbed : t.cnClickToGrab}
          </p>
          {grabbed && (
            <button
              type="button"
              className="button grab-hint__release"
              // Keep the canvas focused until the click: release() moves focus on purpose.
              onMouseDown={(event) => event.preventDefault()}
              onClick={onRelease}
            >
              {t.cnReleaseKeyboard}
            </button>
          )}
        </>
      )}
      <p className="grab-hint__status" role="status">
        {status}
      </p>
    </div>
  );
}
