import { join } from 'node:path';
import {
  hostSeriesKeys,
  vmSeriesKeys,
  type MetricsHistory,
  type MetricsRange,
  type MetricsTick,
} from '../../../shared/metrics';
import { MetricsSampler } from './sampler';
import { SeriesHistory } from './history/series-history';
import type { ProbeTarget } from './vm-probe';

const FLUSH_EVERY_MS = 60_000;

export interface MetricsServiceOptions {
  /** Running VMs to sample. */
  targets: () => ProbeTarget[];
  /** Where a VM's history files go (its data folder). */
  vmFolder: (uuid: string) => string;
  /** Where the host's history files go. */
  hostFolder: string;
  intervalMs: number;
  /** How much full-resolution history to keep in memory. */
  memoryMinutes: number;
}

/**
 * Sampling, history and delivery of metrics: every tick is recorded (memory + disk tiers) and sent
 * to the clients that subscribed. Disk writes happen off the sampling path, once a minute.
 */
export class MetricsService<Subscriber = unknown> {
  readonly sampler: MetricsSampler;
  private readonly vmHistories = new Map<string, SeriesHistory>();
  private hostHistoryCache: SeriesHistory | undefined;
  private readonly subscribers = new Map<Subscriber, (tick: MetricsTick) => void>();
  private flushTimer: NodeJS.Timeout | undefined;
  private memoryMinutes: number;

  constructor(private readonly options: MetricsServiceOptions) {
    this.memoryMinutes = options.memoryMinutes;
    this.sampler = new MetricsSampler(options.targets, options.intervalMs);
    this.sampler.on('tick', (tick) => this.record(tick));
  }

  start(): void {
    this.sampler.start();
    this.flushTimer ??= setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.flushTimer.unref();
  }

  /** Stops sampling and writes everything, partial buckets too. */
  async close(): Promise<void> {
    this.sampler.stop();
    clearInterval(this.flushTimer);
    this.flushTimer = undefined;
    await this.flush(true);
  }

  configure(intervalMs: number, memoryMinutes: number): void {
    this.memoryMinutes = memoryMinutes;
    this.sampler.setInterval(intervalMs);
  }

  subscribe(subscriber: Subscriber, deliver: (tick: MetricsTick) => void): void {
    this.subscribers.set(subscriber, deliver);
  }

  unsubscribe(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
  }

  async history(uuid: string | null, range: MetricsRange): Promise<MetricsHistory> {
    const history = uuid === null ? this.hostHistory : this.vmHistory(uuid);
    return history.query(range, Date.now(), this.sampler.interval);
  }

  /** A deleted VM: its files go with its folder; stop writing them. */
  forget(uuid: string): void {
    this.vmHistories.delete(uuid);
  }

  flush(finishBuckets = false): Promise<void> {
    const all = [...(this.hostHistoryCache ? [this.hostHistoryCache] : []), ...this.vmHistories.values()];
    return Promise.all(all.map((h) => h.flush(finishBuckets))).then(() => undefined);
  }

  private record(tick: MetricsTick): void {
    this.hostHistory.record(
      tick.at,
      hostSeriesKeys.map((key) => tick.host.values[key]),
    );
    for (const sample of tick.vms) {
      this.vmHistory(sample.uuid).record(
        tick.at,
        vmSeriesKeys.map((key) => sample.values[key]),
      );
    }
    for (const deliver of this.subscribers.values()) deliver(tick);
  }

  /** Made on first use, so its memory holds `memoryMinutes` at the configured interval. */
  private get hostHistory(): SeriesHistory {
    this.hostHistoryCache ??= this.newHistory(hostSeriesKeys, join(this.options.hostFolder, 'host-metrics'));
    return this.hostHistoryCache;
  }

  private vmHistory(uuid: string): SeriesHistory {
    let history = this.vmHistories.get(uuid);
    if (!history) {
      history = this.newHistory(vmSeriesKeys, join(this.options.vmFolder(uuid), 'metrics'));
      this.vmHistories.set(uuid, history);
    }
    return history;
  }

  private newHistory(keys: readonly string[], filePrefix: string): SeriesHistory {
    const capacity = Math.ceil((this.memoryMinutes * 60_000) / this.sampler.interval);
    return new SeriesHistory({ keys, filePrefix, memoryCapacity: Math.max(60, capacity) });
  }
}
