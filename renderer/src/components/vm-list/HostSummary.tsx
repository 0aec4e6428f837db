import { formatBytes, formatPercent } from '../../../../shared/metrics-format';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useFeedValue } from '../../metrics/use-feed-value';

/** A strip under the VM list: the host's CPU, memory and load, live. */
export function HostSummary() {
  const t = useMessages();
  const tick = useFeedValue((feed) => feed.latest);
  if (!tick) return null;
  const { cpu, memUsed, memTotal, load1 } = tick.host.values;
  return (
    <p className="host-summary" aria-label={t.prHostSummary}>
      <span>{format(t.prHostCpu, { value: formatPercent(cpu) })}</span>
      <span>{format(t.prHostMemory, { used: formatBytes(memUsed), total: formatBytes(memTotal) })}</span>
      <span>{format(t.prHostLoad, { value: load1 === null ? '–' : load1.toFixed(2) })}</span>
    </p>
  );
}
