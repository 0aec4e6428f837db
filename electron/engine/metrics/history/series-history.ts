import { metricsRangeMs, type MetricsHistory, type MetricsRange } from '../../../../shared/metrics';
import { ColumnRing, type Columns } from './column-ring';
import { Downsampler } from './downsampler';
import { HistoryFile } from './history-file';

const DAY_MS = 86_400_000;

/** The on-disk tiers: 10 s points for a day, 1 min points for 30 days. */
export const historyTiers = [
  { name: '10s', stepMs: 10_000, keepMs: DAY_MS },
  { name: '1m', stepMs: 60_000, keepMs: 30 * DAY_MS },
] as const;

export interface SeriesHistoryOptions {
  keys: readonly string[];
  /** Files are `${filePrefix}-10s.bin` and `${filePrefix}-1m.bin`. */
  filePrefix: string;
  /** Samples kept in memory at full resolution. */
  memoryCapacity: number;
}

/**
 * The history of one set of series (a VM's, or the host's): recent samples in memory at full
 * resolution, and the downsampled tiers on disk. Answers a time range from whichever holds it.
 */
export class SeriesHistory {
  private readonly ring: ColumnRing;
  private readonly tiers: Array<{ file: HistoryFile; sampler: Downsampler }>;

  constructor(private readonly options: SeriesHistoryOptions) {
    const fields = options.keys.length;
    this.ring = new ColumnRing(fields, options.memoryCapacity);
    this.tiers = historyTiers.map((tier) => {
      const file = new HistoryFile(
        `${options.filePrefix}-${tier.name}.bin`,
        fields,
        tier.stepMs,
        tier.keepMs / tier.stepMs,
      );
      return { file, sampler: new Downsampler(fields, tier.stepMs, (t, means) => file.append(t, means)) };
    });
  }

  /** Adds a sample: values in the order of `keys`, null or NaN for "no value". */
  record(t: number, values: ReadonlyArray<number | null>): void {
    const numbers = values.map((v) => (v === null ? NaN : v));
    this.ring.push(t, numbers);
    for (const tier of this.tiers) tier.sampler.add(t, numbers);
  }

  /** Writes finished buckets; with `finishBuckets` (closing down) the partial ones too. */
  async flush(finishBuckets = false): Promise<void> {
    for (const tier of this.tiers) if (finishBuckets) tier.sampler.finish();
    await Promise.all(this.tiers.map((tier) => tier.file.flush()));
  }

  async query(range: MetricsRange, now: number, intervalMs: number): Promise<MetricsHistory> {
    const from = now - metricsRangeMs[range];
    const memory = this.ring.since(from);
    const keys = this.options.keys;
    if (range === '24h' || range === '30d') {
      // Downsampled points, then the newest samples the tier has no bucket for yet.
      const tier = (range === '30d' ? this.tiers[1] : this.tiers[0]) as (typeof this.tiers)[number];
      const older = await tier.file.read(from);
      const lastBucket = older.t[older.t.length - 1];
      const newer = lastBucket === undefined ? memory : this.ring.since(lastBucket + tier.file.stepMs);
      return {
        stepMs: tier.file.stepMs,
        t: [...older.t, ...newer.t],
        series: toSeries(keys, join(older, newer)),
      };
    }
    // Memory holds the range at full resolution; the 10 s tier fills in what came before it (a restart).
    const first = memory.t[0];
    const covered = first !== undefined && first <= from + intervalMs;
    const older = covered
      ? emptyColumns(keys.length)
      : await (this.tiers[0] as (typeof this.tiers)[number]).file.read(from);
    const before = beforeTime(older, first ?? Infinity);
    return {
      stepMs: intervalMs,
      t: [...before.t, ...memory.t],
      series: toSeries(keys, join(before, memory)),
    };
  }
}

function emptyColumns(fields: number): Columns {
  return { t: [], values: Array.from({ length: fields }, () => []) };
}

/** The points before `cut`. */
function beforeTime(columns: Columns, cut: number): Columns {
  let end = 0;
  while (end < columns.t.length && (columns.t[end] as number) < cut) end++;
  return { t: columns.t.slice(0, end), values: columns.values.map((column) => column.slice(0, end)) };
}

function join(first: Columns, second: Columns): number[][] {
  return first.values.map((column, f) => [...column, ...(second.values[f] ?? [])]);
}

function toSeries(keys: readonly string[], columns: number[][]): Record<string, Array<number | null>> {
  return Object.fromEntries(
    keys.map((key, f) => [key, (columns[f] ?? []).map((v) => (Number.isNaN(v) ? null : v))]),
  );
}
