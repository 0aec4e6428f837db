import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Downsampler } from './downsampler';
import { SeriesHistory } from './series-history';

const HOUR = 3_600_000;

describe('Downsampler', () => {
  it('averages each epoch-aligned bucket, leaving out missing values', () => {
    const out: Array<[number, number[]]> = [];
    const sampler = new Downsampler(2, 10_000, (t, means) => out.push([t, means]));
    sampler.add(10_500, [1, NaN]);
    sampler.add(15_000, [3, NaN]);
    sampler.add(21_000, [5, 7]);
    expect(out).toEqual([[10_000, [2, NaN]]]);
    sampler.finish();
    expect(out[1]).toEqual([20_000, [5, 7]]);
  });
});

describe('SeriesHistory', () => {
  const make = (prefix: string) =>
    new SeriesHistory({ keys: ['cpu', 'mem'], filePrefix: prefix, memoryCapacity: 3600 });

  it('answers short ranges from memory at full resolution', async () => {
    const history = make(join(mkdtempSync(join(tmpdir(), 'vireo-series-')), 'metrics'));
    const now = 10 * HOUR;
    for (let s = 120; s >= 0; s--) history.record(now - s * 1000, [s, null]);
    const minute = await history.query('1m', now, 1000);
    expect(minute.stepMs).toBe(1000);
    expect(minute.t.length).toBe(61);
    expect(minute.series.cpu?.at(-1)).toBe(0);
    expect(minute.series.mem?.every((v) => v === null)).toBe(true);
  });

  it('fills in from the 10 s tier what memory lost in a restart, and serves 24 h from it', async () => {
    const prefix = join(mkdtempSync(join(tmpdir(), 'vireo-series-')), 'metrics');
    const first = make(prefix);
    const start = 100 * HOUR;
    for (let s = 0; s < 60; s++) first.record(start + s * 1000, [50, 1e9]);
    await first.flush(true);

    const second = make(prefix);
    const restart = start + 120_000;
    for (let s = 0; s < 30; s++) second.record(restart + s * 1000, [10, 2e9]);
    const now = restart + 30_000;
    const hour = await second.query('1h', now, 1000);
    expect(hour.t.filter((t) => t < restart)).toEqual([0, 1, 2, 3, 4, 5].map((i) => start + i * 10_000));
    expect(hour.series.cpu?.[0]).toBe(50);
    expect(hour.t.filter((t) => t >= restart).length).toBe(30);

    const day = await second.query('24h', now, 1000);
    expect(day.stepMs).toBe(10_000);
    // The tier's buckets (before the restart, and the finished ones after), then the newest samples.
    expect(day.t.slice(0, 6)).toEqual(hour.t.slice(0, 6));
    expect(day.t.at(-1)).toBe(now - 1000);
    expect(day.t.length).toBeLessThan(hour.t.length);
  });
});
