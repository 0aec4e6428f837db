import { isOperationAllowed, type VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { useBusy, useConnected } from '../../../store/selectors';
import { useAppStore } from '../../../store/store-context';
import { ScreenCover } from './ScreenCover';

/** "VM is not running", with Start when the VM can start. */
export function NotRunningCover({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const runAction = useAppStore((state) => state.runAction);
  const connected = useConnected();
  const starting = useBusy(vm.uuid) === 'start';
  const canStart = isOperationAllowed(vm.state, 'start');
  return (
    <ScreenCover title={t.cnNotRunning} body={canStart ? t.cnNotRunningBody : t.cnBrokenBody}>
      {canStart && (
        <button
          type="button"
          className="button button--primary button--large"
          aria-disabled={!connected || starting || undefined}
          onClick={() => {
            if (connected && !starting) void runAction(vm.uuid, 'start');
          }}
        >
          {starting ? t.cnStarting : t.cnStart}
        </button>
      )}
    </ScreenCover>
  );
}
