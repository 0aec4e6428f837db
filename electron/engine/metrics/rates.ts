import type { HostSample, MetricNote, VmSample } from '../../../shared/metrics';
import type { HostCpuTimes, HostMemory } from './procfs';
import { TICKS_PER_SECOND } from './procfs';
import type { BlockCounters, ProbeTarget, VmReading } from './vm-probe';

/**
 * A rate from two counter readings over `seconds`, or null when there is no earlier reading or the
 * counter went backwards (QEMU restarted, a device was replaced): a reset is no spike.
 */
export function rate(before: number | undefined, after: number | undefined, seconds: number): number | null {
  if (before === undefined || after === undefined || seconds <= 0 || after < before) return null;
  return (after - before) / seconds;
}

const sumOrNull = (values: Array<number | null>): number | null =>
  values.length === 0 || values.some((v) => v === null)
    ? null
    : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

/** A VM's sample from its previous and current readings (from the same QEMU process, or none). */
export function vmSample(previous: VmReading | undefined, current: VmReading, target: ProbeTarget): VmSample {
  const before = previous?.pid === current.pid ? previous : undefined;
  const seconds = before ? (current.at - before.at) / 1000 : 0;
  const cpuPercent = (a: number | undefined, b: number | undefined) => {
    const ticksPerSecond = rate(a, b, seconds);
    return ticksPerSecond === null ? null : ((ticksPerSecond / TICKS_PER_SECOND) * 100) / target.vcpus;
  };
  const disks = current.blocks.map((block) =>
    diskRates(
      before?.blocks.find((b) => b.id === block.id),
      block,
      seconds,
    ),
  );
  const notes: MetricNote[] = [];
  if (target.balloonPath === null) notes.push('no-balloon');
  else if (!current.guestMemory) notes.push('no-guest-stats');
  if (target.network === 'none') notes.push('no-network');
  else if (!current.net) notes.push(target.network === 'user' ? 'net-user-mode' : 'net-no-agent');
  const memory = current.guestMemory;
  return {
    uuid: target.uuid,
    values: {
      cpuGuest: cpuPercent(before?.vcpuTicks, current.vcpuTicks),
      cpuProcess: cpuPercent(before?.processTicks, current.processTicks),
      memRss: current.rssBytes ?? null,
      memGuestUsed: memory ? memory.total - memory.available : null,
      memGuestTotal: memory ? memory.total : null,
      diskRead: sumOrNull(disks.map((d) => d.read)),
      diskWrite: sumOrNull(disks.map((d) => d.write)),
      diskReadOps: sumOrNull(disks.map((d) => d.readOps)),
      diskWriteOps: sumOrNull(disks.map((d) => d.writeOps)),
      netRx: rate(before?.net?.rxBytes, current.net?.rxBytes, seconds),
      netTx: rate(before?.net?.txBytes, current.net?.txBytes, seconds),
    },
    disks,
    notes,
  };
}

function diskRates(before: BlockCounters | undefined, after: BlockCounters, seconds: number) {
  return {
    id: after.id,
    read: rate(before?.rdBytes, after.rdBytes, seconds),
    write: rate(before?.wrBytes, after.wrBytes, seconds),
    readOps: rate(before?.rdOps, after.rdOps, seconds),
    writeOps: rate(before?.wrOps, after.wrOps, seconds),
  };
}

export interface HostReading {
  cpu?: HostCpuTimes;
  memory?: HostMemory;
  load1?: number;
}

export function hostSample(
  previous: HostReading | undefined,
  current: HostReading,
  cores: number,
): HostSample {
  const busy = previous?.cpu && current.cpu ? current.cpu.busy - previous.cpu.busy : undefined;
  const total = previous?.cpu && current.cpu ? current.cpu.total - previous.cpu.total : undefined;
  const memory = current.memory;
  return {
    cores,
    values: {
      cpu: busy !== undefined && total !== undefined && total > 0 && busy >= 0 ? (busy / total) * 100 : null,
      memUsed: memory ? memory.totalBytes - memory.availableBytes : null,
      memTotal: memory ? memory.totalBytes : null,
      load1: current.load1 ?? null,
    },
  };
}
