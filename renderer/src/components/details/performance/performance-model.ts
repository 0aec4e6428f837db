import type { ContractClient } from '../../../../../shared/contract';
import {
  hostSeriesKeys,
  metricsRangeMs,
  type MetricsRange,
  type MetricsTick,
} from '../../../../../shared/metrics';
import { appendPoint, dropBefore, emptyColumns, mergeByTime, type Columns } from '../../../metrics/columns';
import type { MetricsFeed } from '../../../metrics/metrics-feed';

/** Host series in the merged columns: "host.cpu", … (a VM's keys stay bare). */
export const hostKey = (key: string) => `host.${key}`;

function prefixed(columns: Columns, prefix: (key: string) => string): Columns {
  return {
    t: columns.t,
    series: Object.fromEntries(Object.entries(columns.series).map(([k, v]) => [prefix(k), v])),
  };
}

/**
 * What the Performance tab shows for one VM and range: its history and the host's on one time
 * axis, then every live tick appended (for the day and month ranges only once per step), trimmed
 * to the range. Charts listen and redraw on the next frame.
 */
export class PerformanceModel {
  columns: Columns = emptyColumns([]);
  stepMs = 1000;
  loaded = false;
  private readonly listeners = new Set<() => void>();
  private readonly stopFeed: () => void;
  private queued: MetricsTick[] = [];
  private disposed = false;

  constructor(
    private readonly client: ContractClient,
    feed: MetricsFeed,
    readonly uuid: string,
    readonly range: MetricsRange,
  ) {
    this.stopFeed = feed.onTick((tick) => this.receive(tick));
  }

  async load(): Promise<void> {
    const [vm, host] = await Promise.all([
      this.client.invoke('metrics.history', { vm: this.uuid, range: this.range }),
      this.client.invoke('metrics.history', { range: this.range }),
    ]);
    if (this.disposed) return;
    this.stepMs = vm.stepMs;
    this.columns = mergeByTime(vm, prefixed(host, hostKey));
    this.loaded = true;
    // Ticks that came while the history was on its way, newer than its last point.
    const queued = this.queued;
    this.queued = [];
    for (const tick of queued) this.receive(tick);
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.stopFeed();
    this.listeners.clear();
  }

  private receive(tick: MetricsTick): void {
    if (!this.loaded) {
      this.queued.push(tick);
      return;
    }
    const last = this.columns.t[this.columns.t.length - 1];
    const minGap = this.range === '24h' || this.range === '30d' ? this.stepMs : 1;
    if (last !== undefined && tick.at - last < minGap) return;
    const vm = tick.vms.find((sample) => sample.uuid === this.uuid);
    const values: Record<string, number | null> = { ...(vm?.values ?? {}) };
    for (const key of hostSeriesKeys) values[hostKey(key)] = tick.host.values[key];
    appendPoint(this.columns, tick.at, values);
    dropBefore(this.columns, tick.at - metricsRangeMs[this.range]);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
