import { useRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  /** What happens, and what is lost. */
  body: string;
  /** The destructive button's label. */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be undone: Cancel (focused, the safe choice) or the action. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useMessages();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={title}
      body={<p>{body}</p>}
      onCancel={onCancel}
      initialFocus={cancel}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t.mwCancel}
          </button>
          <button type="button" className="button button--danger-solid" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    />
  );
}
