import { useId, useRef } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import '../../../styles/forms.css';
import './clipboard.css';

/**
 * Text the guest copied that could not go onto this computer's clipboard: shown to copy by hand
 * (or with Copy, which a click may be allowed to do). Escape or Close dismisses it.
 */
export function ClipboardPopover({ text, onClose }: { text: string; onClose(): void }) {
  const t = useMessages();
  const titleId = useId();
  const bodyId = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const selectAll = () => field.current?.select();
    if (!clipboard) return selectAll();
    clipboard.writeText(text).then(onClose, selectAll);
  };

  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="clipboard-popover"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <h3 id={titleId} className="clipboard-popover__title">
        {t.cnGuestClipboard}
      </h3>
      <p id={bodyId} className="clipboard-popover__body">
        {t.cnGuestClipboardBody}
      </p>
      <textarea
        ref={field}
        className="text-field clipboard-popover__text"
        aria-labelledby={titleId}
        readOnly
        rows={4}
        onFocus={(event) => event.currentTarget.select()}
        value={text}
      />
      <div className="clipboard-popover__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cnClose}
        </button>
        <button type="button" className="button button--primary" onClick={copy}>
          {t.cnCopy}
        </button>
      </div>
    </div>
  );
}
