import type { Ref } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { applyMessage, type ApplyMessageInput } from './apply-message';
import { stateName } from './state-name';

interface ApplyBarProps extends ApplyMessageInput {
  canEdit: boolean;
  applying: boolean;
  onApply(): void;
  onRevert(): void;
  statusRef: Ref<HTMLParagraphElement>;
}

/**
 * Revert and Apply, with one status line. Apply is enabled only with valid changes; the status
 * line takes focus after Apply (the pressed button is disabled then) so its outcome is read out.
 */
export function ApplyBar(props: ApplyBarProps) {
  const { canEdit, applying, onApply, onRevert, statusRef, ...input } = props;
  const t = useMessages();
  const message = applyMessage(input);
  const text =
    message.key === 'hwCannotEdit' && input.status
      ? format(t.hwCannotEdit, { state: stateName(t, input.status.state) })
      : t[message.key];

  return (
    <div className="hw-apply">
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={`hw-apply__status hw-apply__status--${message.tone}`}
      >
        {text}
      </p>
      <div className="hw-apply__buttons">
        <button type="button" className="button" disabled={!input.dirty || applying} onClick={onRevert}>
          {t.hwRevert}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!canEdit || !input.dirty || !input.valid || applying}
          onClick={onApply}
        >
          {applying ? t.hwApplying : t.hwApply}
        </button>
      </div>
    </div>
  );
}
