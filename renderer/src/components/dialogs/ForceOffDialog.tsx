import { useRef } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { ModalDialog } from './ModalDialog';

/** Force Off cuts the power: confirm first, with Cancel focused. */
export function ForceOffDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const runAction = useAppStore((state) => state.runAction);
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={format(t.mwForceOffTitle, { vm: vm.name })}
      body={<p>{t.mwForceOffBody}</p>}
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
              void runAction(vm.uuid, 'forceOff');
            }}
          >
            {t.mwForceOff}
          </button>
        </>
      }
    />
  );
}
