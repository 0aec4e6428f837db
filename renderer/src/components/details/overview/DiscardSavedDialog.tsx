import { useRef } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { ModalDialog } from '../../dialogs/ModalDialog';

/** Asks before throwing a saved VM's memory away. */
export function DiscardSavedDialog({
  vmName,
  onConfirm,
  onCancel,
}: {
  vmName: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useMessages();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={format(t.mwDiscardSavedTitle, { vm: vmName })}
      body={<p>{t.mwDiscardSavedBody}</p>}
      onCancel={onCancel}
      initialFocus={cancel}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t.mwCancel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {t.mwDiscard}
          </button>
        </>
      }
    />
  );
}
