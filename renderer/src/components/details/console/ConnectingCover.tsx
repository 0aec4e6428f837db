import { useMessages } from '../../../i18n/use-messages';
import { ScreenCover } from './ScreenCover';

/** While the VM starts, the first connection is made, or a dropped one is made again. */
export function ConnectingCover({ starting, reconnecting }: { starting: boolean; reconnecting: boolean }) {
  const t = useMessages();
  if (starting) return <ScreenCover busy title={t.cnStarting} />;
  if (reconnecting) return <ScreenCover busy title={t.cnReconnecting} body={t.cnReconnectingBody} />;
  return <ScreenCover busy title={t.cnConnecting} />;
}
