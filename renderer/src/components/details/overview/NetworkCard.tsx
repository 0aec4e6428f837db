import type { VmConfig } from '../../../../../shared/vm-config';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { LoadProblem } from '../LoadProblem';
import { Card } from './Card';

interface NetworkCardProps {
  config: VmConfig | null;
  loading: boolean;
  error: string | undefined;
  onRetry(): void;
}

/** Network mode (with the bridge), MAC and port forwards (user mode), from the saved config. */
export function NetworkCard({ config, loading, error, onRetry }: NetworkCardProps) {
  const t = useMessages();
  const network = config?.network;
  return (
    <Card title={t.mwNetwork}>
      {error ? (
        <LoadProblem message={error} onRetry={onRetry} />
      ) : !network ? (
        <p className="overview-card__muted">{loading ? t.mwLoading : t.mwNetworkNone}</p>
      ) : (
        <dl className="overview-facts">
          <dt>{t.mwNetworkMode}</dt>
          <dd>
            {network.mode === 'user'
              ? t.mwNetworkUser
              : network.mode === 'bridge'
                ? format(t.mwNetworkBridge, { bridge: network.bridge })
                : t.mwNetworkNone}
          </dd>
          {network.mode !== 'none' && (
            <>
              <dt>{t.mwMac}</dt>
              <dd>
                <code>{network.mac}</code>
              </dd>
            </>
          )}
          {network.mode === 'user' && (
            <>
              <dt>{t.mwForwards}</dt>
              <dd>
                {network.forwards.length === 0 ? (
                  t.mwNoForwards
                ) : (
                  <ul className="overview-list">
                    {network.forwards.map((fwd) => (
                      <li key={`${fwd.protocol}:${fwd.hostPort}`}>
                        {format(t.mwForward, {
                          protocol: fwd.protocol.toUpperCase(),
                          host: `${fwd.hostAddress}:${fwd.hostPort}`,
                          guest: fwd.guestPort,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          )}
        </dl>
      )}
    </Card>
  );
}
