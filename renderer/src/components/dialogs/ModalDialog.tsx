import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import './dialogs.css';

interface ModalDialogProps {
  title: string;
  /** The explanation, read with the title when the dialog opens. */
  body: ReactNode;
  children?: ReactNode;
  /** The buttons, in the order they are shown; the first is the least destructive. */
  actions: ReactNode;
  /** Escape, or the cancel button: the caller unmounts the dialog. */
  onCancel(): void;
  /** What gets focus on opening (the safe choice); else the browser's first focusable. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A native modal <dialog>, open while mounted: showModal() makes the rest of the window inert
 * (the browser traps focus) and Escape cancels. Closing gives focus back to where it was.
 */
export function ModalDialog({ title, body, children, actions, onCancel, initialFocus }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // Layout effect: its cleanup closes the dialog before React removes it, so focus is restored.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    initialFocus?.current?.focus();
    return () => element.close();
  }, [initialFocus]);

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <div id={bodyId} className="modal__body">
        {body}
      </div>
      {children}
      <div className="modal__actions">{actions}</div>
    </dialog>
  );
}
