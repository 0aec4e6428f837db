import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

interface ModalDialogProps {
  /** The id of the dialog's heading: its accessible name. */
  labelledBy: string;
  className?: string;
  /** While an operation that cannot be cancelled runs, Escape does nothing. */
  busy?: boolean;
  /** Escape, or the browser closing the dialog: the owner unmounts it. */
  onCancel(): void;
  children: ReactNode;
}

/**
 * A native modal <dialog>, open while mounted (focus is trapped and the page behind is inert).
 * Escape fires `cancel`, which is turned into `onCancel` so the owner decides what closes it.
 */
export function ModalDialog({ labelledBy, className, busy = false, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);

  // A layout effect: its cleanup closes the dialog before React removes it, so focus goes back.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    unmounting.current = false;
    if (!dialog.open) dialog.showModal();
    return () => {
      unmounting.current = true;
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'modal-dialog' : `modal-dialog ${className}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onClose={() => {
        // Chromium closes a dialog on a second Escape even when cancel was prevented.
        const dialog = ref.current;
        if (!dialog || dialog.open || unmounting.current) return;
        if (busy) dialog.showModal();
        else onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
