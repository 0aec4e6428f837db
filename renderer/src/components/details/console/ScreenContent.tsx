import type { VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { ConnectingCover } from './ConnectingCover';
import { NotRunningCover } from './NotRunningCover';
import { ScreenCover } from './ScreenCover';
import type { ScreenState } from './screen-state';

/** What covers the screen's area when it shows no guest screen. */
export function ScreenContent({
  vm,
  state,
  vnc,
  reconnecting,
}: {
  vm: VmStatus;
  state: ScreenState;
  vnc: boolean | undefined;
  reconnecting: boolean;
}) {
  const t = useMessages();
  if (state === 'connected') return null;
  if (state === 'stopped') return <NotRunningCover vm={vm} />;
  if (vnc === false) return <ScreenCover title={t.cnVncOff} body={t.cnVncOffBody} />;
  return <ConnectingCover starting={vm.state === 'starting'} reconnecting={reconnecting} />;
}
