import { useId, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { ModalDialog } from '../../dialogs/ModalDialog';
import '../../../styles/forms.css';
import './paste-dialog.css';

interface PasteDialogProps {
  /** The guest's clipboard agent is there, so the text can go onto its clipboard. */
  agent: boolean;
  onType(text: string): void;
  onPasteToClipboard(text: string): void;
  onCancel(): void;
}

/** Paste text: type a text into the guest as key presses, or hand it to the guest's clipboard. */
export function PasteDialog({ agent, onType, onPasteToClipboard, onCancel }: PasteDialogProps) {
  const t = useMessages();
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const agentHintId = useId();
  const empty = text.length === 0;
  return (
    <ModalDialog
      title={t.cnPasteText}
      body={<p>{t.cnPasteBody}</p>}
      initialFocus={field}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t.cnCancel}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={!agent || empty || undefined}
            aria-describedby={agent ? undefined : agentHintId}
            onClick={() => agent && !empty && onPasteToClipboard(text)}
          >
            {t.cnPasteToClipboard}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={empty || undefined}
            onClick={() => !empty && onType(text)}
          >
            {t.cnTypeIt}
          </button>
        </>
      }
    >
      <div className="paste-dialog__field">
        <label htmlFor={fieldId} className="paste-dialog__label">
          {t.cnPasteLabel}
        </label>
        <textarea
          ref={field}
          id={fieldId}
          className="text-field paste-dialog__text"
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        {!agent && (
          <p id={agentHintId} className="paste-dialog__hint">
            {t.cnPasteNeedsAgent}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
