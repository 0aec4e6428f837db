import { useId, useRef, useState } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { ModalDialog } from './ModalDialog';

/** Delete removes the VM and (unless kept) the disk images Vireo made for it: confirm first. */
export function DeleteDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const deleteVm = useAppStore((state) => state.deleteVm);
  const [keepDisks, setKeepDisks] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  return (
    <ModalDialog
      title={format(t.mwDeleteTitle, { vm: vm.name })}
      body={<p>{t.mwDeleteBody}</p>}
      onCancel={onClose}
      initialFocus={cancel}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={onClose}>
            {t.mwCancel}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            onClick={() => {
              onClose();
              void deleteVm(vm.uuid, keepDisks);
            }}
          >
            {t.mwDelete}
          </button>
        </>
      }
    >
      <div className="modal__option">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={keepDisks}
            aria-describedby={hintId}
            onChange={(event) => setKeepDisks(event.target.checked)}
          />
          {t.mwKeepDisks}
        </label>
        <p id={hintId} className="modal__hint">
          {t.mwKeepDisksHint}
        </p>
      </div>
    </ModalDialog>
  );
}
