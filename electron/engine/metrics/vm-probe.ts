import type { QmpClient } from '../qmp/qmp-client';
import type { QmpBalloonStats, QmpBlockStats } from '../qmp/qmp-types';
import { cpuTicks, processStatPath, residentBytes, threadStatPath } from './procfs';

/** What the sampler needs to know of a running VM. */
export interface ProbeTarget {
  uuid: string;
  pid: number;
  qmp: Pick<QmpClient, 'execute' | 'batch'>;
  vcpus: number;
  /** The QOM path of its virtio-balloon, when it has one. */
  balloonPath: string | null;
  /** Block devices to count, by qdev id (disks and the CD-ROM). */
  blockIds: readonly string[];
  network: 'user' | 'bridge' | 'none';
  /** The guest's own byte counters over its NICs, from its agent; undefined when it has none. */
  guestNetCounters?: () => Promise<NetCounters | undefined>;
}

export interface NetCounters {
  rxBytes: number;
  txBytes: number;
}

export interface BlockCounters {
  id: string;
  rdBytes: number;
  wrBytes: number;
  rdOps: number;
  wrOps: number;
}

/** Raw counters of one VM at one moment; rates come from two of these. */
export interface VmReading {
  /** Monotonic milliseconds (performance.now()). */
  at: number;
  pid: number;
  processTicks?: number;
  /** Sum over the vCPU threads. */
  vcpuTicks?: number;
  rssBytes?: number;
  guestMemory?: { total: number; available: number };
  blocks: BlockCounters[];
  net?: NetCounters;
}

/**
 * Reads one VM's counters: /proc for CPU and RSS, and one QMP round trip (the commands go out in
 * one write) for block statistics and the balloon's guest statistics. The vCPU thread ids and the
 * balloon's polling interval are asked/set once per QEMU process, in that same round trip.
 */
export class VmProbe {
  private pid = 0;
  private vcpuThreads: number[] | undefined;
  private pollingSec = 0;

  async read(target: ProbeTarget, pollingSec: number): Promise<VmReading> {
    if (target.pid !== this.pid) {
      this.pid = target.pid;
      this.vcpuThreads = undefined;
      this.pollingSec = 0;
    }
    const { qmp, balloonPath } = target;
    const net = target.guestNetCounters?.().catch(() => undefined);
    const setPolling = balloonPath !== null && this.pollingSec !== pollingSec;
    const [blockstats, balloon, cpus] = await qmp
      .batch(() => {
        const cpuList = this.vcpuThreads ? undefined : qmp.execute('query-cpus-fast');
        const polling = setPolling
          ? qmp
              .execute('qom-set', {
                path: balloonPath,
                property: 'guest-stats-polling-interval',
                value: pollingSec,
              })
              .catch(() => undefined)
          : undefined;
        const stats = qmp.execute('query-blockstats');
        const guest = balloonPath
          ? qmp.execute('qom-get', { path: balloonPath, property: 'guest-stats' })
          : undefined;
        return Promise.all([stats, guest?.catch(() => undefined), cpuList, polling]);
      })
      .then(([stats, guest, cpuList]) => [stats, guest, cpuList] as const);
    if (setPolling) this.pollingSec = pollingSec;
    if (cpus) this.vcpuThreads = cpus.map((cpu) => cpu['thread-id']);
    return {
      at: performance.now(),
      pid: target.pid,
      processTicks: cpuTicks(processStatPath(target.pid)),
      vcpuTicks: this.sumThreadTicks(target.pid),
      rssBytes: residentBytes(target.pid),
      guestMemory: guestMemory(balloon as QmpBalloonStats | undefined),
      blocks: blockCounters(blockstats, target.blockIds),
      net: await net,
    };
  }

  private sumThreadTicks(pid: number): number | undefined {
    if (!this.vcpuThreads || this.vcpuThreads.length === 0) return undefined;
    let sum = 0;
    for (const tid of this.vcpuThreads) {
      const ticks = cpuTicks(threadStatPath(pid, tid));
      if (ticks === undefined) return undefined;
      sum += ticks;
    }
    return sum;
  }
}

function guestMemory(balloon: QmpBalloonStats | undefined): VmReading['guestMemory'] {
  if (!balloon || balloon['last-update'] === 0) return undefined;
  const total = balloon.stats['stat-total-memory'] ?? -1;
  const available = balloon.stats['stat-available-memory'] ?? -1;
  const free = balloon.stats['stat-free-memory'] ?? -1;
  if (total < 0) return undefined;
  const usable = available >= 0 ? available : free;
  return usable < 0 ? undefined : { total, available: usable };
}

/** The qdev id of a block device: "disk0", or "/machine/peripheral/disk0/virtio-backend" → "disk0". */
export function blockDeviceId(entry: QmpBlockStats): string | undefined {
  const qdev = entry.qdev ?? '';
  const peripheral = /^\/machine\/peripheral\/([^/]+)/.exec(qdev);
  return peripheral ? peripheral[1] : qdev || undefined;
}

function blockCounters(stats: QmpBlockStats[], ids: readonly string[]): BlockCounters[] {
  const counters: BlockCounters[] = [];
  for (const entry of stats) {
    const id = blockDeviceId(entry);
    if (!id || !ids.includes(id)) continue;
    const { rd_bytes, wr_bytes, rd_operations, wr_operations } = entry.stats;
    counters.push({ id, rdBytes: rd_bytes, wrBytes: wr_bytes, rdOps: rd_operations, wrOps: wr_operations });
  }
  return counters;
}
