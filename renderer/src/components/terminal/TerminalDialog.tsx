import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import './terminal-dialog.css';

interface TerminalDialogProps {
  title: string;
  /** Escape (when the terminal lets it through), the Close button. */
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/**
 * A large native modal <dialog> around a terminal, open while mounted: the window behind is inert,
 * focus returns where it was on closing. Its name is its title.
 */
export function TerminalDialog({ title, onClose, className, children }: TerminalDialogProps) {
  const t = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  const titleId = useId();

  // A layout effect: its cleanup closes the dialog before React removes it, so focus goes back.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    unmounting.current = false;
    if (!element.open) element.showModal();
    return () => {
      unmounting.current = true;
      element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={className ? `terminal-dialog ${className}` : 'terminal-dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        if (event.target !== event.currentTarget) return; // a dialog inside (a confirmation)
        event.preventDefault();
        onClose();
      }}
      onClose={(event) => {
        // Chromium closes a dialog on a second Escape even when cancel was prevented.
        if (event.target !== event.currentTarget || unmounting.current) return;
        onClose();
      }}
    >
      <div className="terminal-dialog__head">
        <h2 id={titleId} className="terminal-dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet terminal-dialog__close" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {t.tmClose}
        </button>
      </div>
      {children}
    </dialog>
  );
}
