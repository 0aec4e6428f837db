import { z } from 'zod';

/**
 * Resource metrics: what the sampler measures each interval, and the history it keeps.
 * Every value is a number or null — null means "not measured" (no source, first sample after a
 * start, a counter that reset), never a fake zero.
 */

/** A VM's series, in the order history files store them. */
export const vmSeriesKeys = [
  /** Guest CPU: its vCPU threads' CPU time, % of all its vCPUs (100 = every vCPU busy). */
  'cpuGuest',
  /** The whole QEMU process (vCPUs + emulation + I/O threads), on the same scale as cpuGuest. */
  'cpuProcess',
  /** QEMU's resident memory, bytes. */
  'memRss',
  /** What the guest uses (total − available) and its total, bytes, from virtio-balloon stats. */
  'memGuestUsed',
  'memGuestTotal',
  /** All disks together: bytes/s and operations/s. */
  'diskRead',
  'diskWrite',
  'diskReadOps',
  'diskWriteOps',
  /** All NICs together, bytes/s. */
  'netRx',
  'netTx',
] as const;
export type VmSeriesKey = (typeof vmSeriesKeys)[number];

export const hostSeriesKeys = [
  /** Host CPU busy, % of all cores. */
  'cpu',
  'memUsed',
  'memTotal',
  /** One-minute load average. */
  'load1',
] as const;
export type HostSeriesKey = (typeof hostSeriesKeys)[number];

const value = z.number().nullable();
const valuesOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, typeof value>);

/** Why a chart has no data while the VM runs. */
export const metricNoteSchema = z.enum([
  /** No virtio-balloon device: guest memory is unknown (QEMU's RSS still is). */
  'no-balloon',
  /** The balloon exists but the guest reports no statistics (no driver, or not booted yet). */
  'no-guest-stats',
  /** User-mode (slirp) networking has no host-side counters, and no guest agent reports them. */
  'net-user-mode',
  /** A bridged card's counters come from the guest agent, and none answers. */
  'net-no-agent',
  'no-network',
]);
export type MetricNote = z.infer<typeof metricNoteSchema>;

export const diskRateSchema = z.object({
  id: z.string(),
  read: value,
  write: value,
  readOps: value,
  writeOps: value,
});

export const vmSampleSchema = z.object({
  uuid: z.string(),
  values: valuesOf(vmSeriesKeys),
  disks: z.array(diskRateSchema),
  notes: z.array(metricNoteSchema),
});
export type VmSample = z.infer<typeof vmSampleSchema>;

export const hostSampleSchema = z.object({ values: valuesOf(hostSeriesKeys), cores: z.number().int() });
export type HostSample = z.infer<typeof hostSampleSchema>;

/** One tick of the sampler: the host and every running VM measured in it. */
export const metricsTickSchema = z.object({
  /** Epoch milliseconds. */
  at: z.number(),
  intervalMs: z.number(),
  host: hostSampleSchema,
  vms: z.array(vmSampleSchema),
});
export type MetricsTick = z.infer<typeof metricsTickSchema>;

export const metricsRanges = ['1m', '10m', '1h', '24h', '30d'] as const;
export type MetricsRange = (typeof metricsRanges)[number];
export const metricsRangeMs: Record<MetricsRange, number> = {
  '1m': 60_000,
  '10m': 600_000,
  '1h': 3_600_000,
  '24h': 86_400_000,
  '30d': 30 * 86_400_000,
};

/** Columns, as charts want them: times (epoch ms) and one array per series. */
export const metricsHistorySchema = z.object({
  /** The spacing of the points (the sampling interval, or a downsampled step). */
  stepMs: z.number(),
  t: z.array(z.number()),
  series: z.record(z.string(), z.array(value)),
});
export type MetricsHistory = z.infer<typeof metricsHistorySchema>;
