import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { ConfirmDialog } from './ConfirmDialog';

/** Force Off cuts the power: confirm first, with Cancel focused. */
export function ForceOffDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const runAction = useAppStore((state) => state.runAction);
  return (
    <ConfirmDialog
      title={format(t.mwForceOffTitle, { vm: vm.name })}
      body={t.mwForceOffBody}
      confirmLabel={t.mwForceOff}
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        void runAction(vm.uuid, 'forceOff');
      }}
    />
  );
}
