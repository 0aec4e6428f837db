import type { ContractClient } from '../../../shared/contract';
import { hostSeriesKeys, vmSeriesKeys, type MetricsTick, type VmSample } from '../../../shared/metrics';
import { appendPoint, dropBefore, emptyColumns, type Columns } from './columns';

/** How much live history the window keeps per VM (the Performance tab's 1 h range comes from here too). */
const KEEP_MS = 3_600_000;

/**
 * The metrics stream, outside React: every tick is appended to per-VM and host columns, and
 * listeners are told (they draw on the next animation frame, not per event). Subscribes again on
 * every (re)connect.
 */
export class MetricsFeed {
  private readonly vms = new Map<string, { columns: Columns; latest: VmSample }>();
  private readonly host = emptyColumns(hostSeriesKeys);
  private readonly listeners = new Set<(tick: MetricsTick) => void>();
  private latestTick: MetricsTick | null = null;

  constructor(private readonly client: ContractClient) {
    client.on('metrics.tick', (tick) => this.receive(tick));
  }

  /** Asks the engine for ticks; call on every connect. */
  subscribe(): Promise<void> {
    return this.client.invoke('metrics.subscribe', {}).then(() => undefined);
  }

  onTick(listener: (tick: MetricsTick) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get latest(): MetricsTick | null {
    return this.latestTick;
  }

  /** The live columns of a VM (since this window connected, up to an hour), or undefined. */
  vm(uuid: string): Columns | undefined {
    return this.vms.get(uuid)?.columns;
  }

  latestOf(uuid: string): VmSample | undefined {
    return this.vms.get(uuid)?.latest;
  }

  hostColumns(): Columns {
    return this.host;
  }

  /** The last `count` guest CPU values of a VM (its sparkline). */
  recentCpu(uuid: string, count: number): Array<number | null> {
    return this.vms.get(uuid)?.columns.series.cpuGuest?.slice(-count) ?? [];
  }

  receive(tick: MetricsTick): void {
    this.latestTick = tick;
    const from = tick.at - KEEP_MS;
    appendPoint(this.host, tick.at, tick.host.values);
    dropBefore(this.host, from);
    for (const sample of tick.vms) {
      let entry = this.vms.get(sample.uuid);
      if (!entry) {
        entry = { columns: emptyColumns(vmSeriesKeys), latest: sample };
        this.vms.set(sample.uuid, entry);
      }
      entry.latest = sample;
      appendPoint(entry.columns, tick.at, sample.values);
      dropBefore(entry.columns, from);
    }
    for (const listener of this.listeners) listener(tick);
  }
}
