import { useRef } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { ModalDialog } from './ModalDialog';

/** Cloning is not built yet: say so plainly rather than pretend. */
export function CloneDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const close = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={t.mwCloneTitle}
      body={<p>{format(t.mwCloneBody, { vm: vm.name })}</p>}
      onCancel={onClose}
      initialFocus={close}
      actions={
        <button ref={close} type="button" className="button button--primary" onClick={onClose}>
          {t.mwClose}
        </button>
      }
    />
  );
}
