import { useEffect } from 'react';
import { reachableAddresses } from '../../../../../shared/guest-agent';
import { isActive, type VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { LoadProblem } from '../LoadProblem';
import { useRequest } from '../use-request';
import { Card } from './Card';

/** How often the card asks the agent again (addresses change with DHCP, hostnames with cloud-init). */
const REFRESH_MS = 10_000;

/** What the guest agent says of the running guest, or what installing one would add. */
export function GuestAgentCard({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const connected = vm.guestAgent === 'connected';
  const info = useRequest(
    () => (connected ? client.invoke('agent.info', { vm: vm.uuid }) : Promise.resolve(null)),
    `${vm.uuid}:${vm.guestAgent}`,
  );
  const { reload } = info;
  useEffect(() => {
    if (!connected) return undefined;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
    // reload is a new closure each render; the timer only needs to exist while connected.
  }, [connected, vm.uuid]);

  if (!isActive(vm.state))
    return (
      <Card title={t.mwGuestAgent}>
        <p className="overview-card__muted">{t.mwAgentWhenRunning}</p>
      </Card>
    );
  if (vm.guestAgent === 'none')
    return (
      <Card title={t.mwGuestAgent}>
        <p className="overview-card__muted">{t.mwAgentNoChannel}</p>
      </Card>
    );
  if (!connected)
    return (
      <Card title={t.mwGuestAgent}>
        <p className="overview-card__muted">{t.mwAgentWaiting}</p>
        <p>{t.mwAgentWouldAdd}</p>
        <ul className="overview-list overview-list--commands">
          <li>
            {t.mwAgentInstallLinux} <code>sudo apt install qemu-guest-agent</code>
          </li>
          <li>
            {t.mwAgentInstallFedora} <code>sudo dnf install qemu-guest-agent</code>
          </li>
          <li>{t.mwAgentInstallWindows}</li>
        </ul>
      </Card>
    );
  const data = info.data;
  const addresses = data ? reachableAddresses(data) : [];
  return (
    <Card title={t.mwGuestAgent}>
      {info.error && !data ? (
        <LoadProblem message={info.error} onRetry={reload} />
      ) : (
        <dl className="overview-facts">
          <dt>{t.mwAgentStatus}</dt>
          <dd>
            <span className="agent-dot" aria-hidden="true" /> {t.mwAgentConnected}
          </dd>
          <dt>{t.mwAgentOs}</dt>
          <dd>{data?.os?.prettyName ?? data?.os?.name ?? '—'}</dd>
          <dt>{t.mwAgentHostname}</dt>
          <dd>{data?.hostname ?? '—'}</dd>
          <dt>{t.mwAgentAddresses}</dt>
          <dd data-testid="guest-addresses">
            {addresses.length === 0 ? (
              t.mwAgentNoAddresses
            ) : (
              <ul className="overview-list">
                {addresses.map((address) => (
                  <li key={address}>
                    <code>{address}</code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      )}
    </Card>
  );
}
