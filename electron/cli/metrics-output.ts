import type { MetricsTick, VmSample } from '../../shared/metrics';
import { formatBytes, formatPercent, formatRate } from '../../shared/metrics-format';
import { table } from './output';

/** One `vireo stats --json` line: the numbers the charts show, per sample. */
export function statsJson(tick: MetricsTick, sample: VmSample, name: string) {
  return {
    at: new Date(tick.at).toISOString(),
    name,
    uuid: sample.uuid,
    ...sample.values,
    disks: sample.disks,
    notes: sample.notes,
  };
}

/** Guest memory as "used / total", else QEMU's RSS. */
function memoryText(sample: VmSample): string {
  const { memGuestUsed, memGuestTotal } = sample.values;
  return memGuestUsed !== null && memGuestTotal !== null
    ? `${formatBytes(memGuestUsed)} / ${formatBytes(memGuestTotal)}`
    : '–';
}

const netText = (sample: VmSample, value: number | null) =>
  value === null && sample.notes.includes('net-user-mode')
    ? 'n/a (user mode)'
    : value === null && sample.notes.includes('no-network')
      ? 'no NIC'
      : formatRate(value);

export function statsLine(tick: MetricsTick, sample: VmSample): string {
  const v = sample.values;
  const time = new Date(tick.at).toLocaleTimeString('en-GB', { hour12: false });
  return [
    time,
    `cpu ${formatPercent(v.cpuGuest)} (qemu ${formatPercent(v.cpuProcess)})`,
    `mem ${memoryText(sample)} (rss ${formatBytes(v.memRss)})`,
    `disk r ${formatRate(v.diskRead)} w ${formatRate(v.diskWrite)}`,
    `net rx ${netText(sample, v.netRx)} tx ${netText(sample, v.netTx)}`,
  ].join('  ');
}

/** `vireo top`: the host, then a row per running VM, busiest first. */
export function topScreen(tick: MetricsTick, names: ReadonlyMap<string, string>): string {
  const h = tick.host.values;
  const host =
    `host  cpu ${formatPercent(h.cpu)} of ${tick.host.cores} cores  ` +
    `mem ${formatBytes(h.memUsed)} / ${formatBytes(h.memTotal)}  load ${h.load1?.toFixed(2) ?? '–'}  ` +
    `${tick.vms.length} running VM${tick.vms.length === 1 ? '' : 's'}`;
  const rows = [...tick.vms]
    .sort((a, b) => (b.values.cpuProcess ?? -1) - (a.values.cpuProcess ?? -1))
    .map((s) => [
      names.get(s.uuid) ?? s.uuid,
      formatPercent(s.values.cpuGuest),
      formatPercent(s.values.cpuProcess),
      memoryText(s),
      formatBytes(s.values.memRss),
      formatRate(s.values.diskRead),
      formatRate(s.values.diskWrite),
      netText(s, s.values.netRx),
      netText(s, s.values.netTx),
    ]);
  const header = ['NAME', 'CPU', 'QEMU CPU', 'GUEST MEM', 'RSS', 'DISK R', 'DISK W', 'NET RX', 'NET TX'];
  return `${host}\n\n${rows.length === 0 ? 'No VM is running.' : table(header, rows)}`;
}
