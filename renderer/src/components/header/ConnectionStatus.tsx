import type { Messages } from '../../i18n/en';
import { useMessages } from '../../i18n/use-messages';
import type { AppState } from '../../store/app-state';
import { useAppStore } from '../../store/store-context';

function describe(t: Messages, connection: AppState['connection'], hasConnected: boolean): string {
  if (connection === 'connected') return t.connectionConnected;
  if (connection === 'disconnected') return t.connectionDisconnected;
  return hasConnected ? t.connectionReconnecting : t.connectionConnecting;
}

/** A live status: silent (screen-reader text only) when connected, a visible pill otherwise. */
export function ConnectionStatus() {
  const t = useMessages();
  const connection = useAppStore((state) => state.connection);
  const hasConnected = useAppStore((state) => state.hasConnected);
  const text = describe(t, connection, hasConnected);
  return (
    <div role="status" className="connection-status">
      {connection === 'connected' ? (
        <span className="visually-hidden">{text}</span>
      ) : (
        <span className={`connection-pill connection-pill--${connection}`}>
          <span className="connection-pill__dot" aria-hidden="true" />
          {text}
        </span>
      )}
    </div>
  );
}
