import { isActive, type VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { formatMemory } from '../../vm-list/labels';
import { StateBadge } from '../../vm-list/StateBadge';
import { UnknownValue } from '../../vm-list/UnknownValue';
import { useNow } from '../use-now';
import { Card } from './Card';
import { splitUptime, uptimeMs } from './uptime';

function Uptime({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const running = isActive(vm.state) && vm.startedAt !== null;
  const now = useNow(running);
  const ms = running ? uptimeMs(vm.startedAt, now) : null;
  if (ms === null) return <>{t.mwNotRunning}</>;
  const { days, clock } = splitUptime(ms);
  return (
    <time dateTime={`PT${Math.floor(ms / 1000)}S`}>
      {days > 0 ? format(t.mwUptimeDays, { days, clock }) : clock}
    </time>
  );
}

/** State, uptime, OS and resources, from the VM's status. */
export function GeneralCard({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  return (
    <Card title={t.mwGeneral}>
      <dl className="overview-facts">
        <dt>{t.columnState}</dt>
        <dd>
          <StateBadge state={vm.state} />
        </dd>
        <dt>{t.mwUptime}</dt>
        <dd className="overview-facts__number">
          <Uptime vm={vm} />
        </dd>
        <dt>{t.mwOs}</dt>
        <dd>{vm.os?.name ?? t.mwOsNotSet}</dd>
        <dt>{t.columnVcpus}</dt>
        <dd className="overview-facts__number">{vm.vcpus ?? <UnknownValue />}</dd>
        <dt>{t.columnMemory}</dt>
        <dd className="overview-facts__number">
          {vm.memoryMiB === null ? <UnknownValue /> : formatMemory(vm.memoryMiB)}
        </dd>
        {vm.accel && (
          <>
            <dt>{t.mwAccel}</dt>
            <dd>{vm.accel.toUpperCase()}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
