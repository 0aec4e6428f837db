import { describe, expect, it } from 'vitest';
import type { MetricsHistory, MetricsTick } from '../../../../../shared/metrics';
import { MetricsFeed } from '../../../metrics/metrics-feed';
import { FakeContractClient } from '../../../store/testing/fake-contract-client';
import { toCsv } from './csv';
import { PerformanceModel } from './performance-model';

const hostValues = { cpu: 50, memUsed: 1, memTotal: 2, load1: 0.5 };

function tickAt(at: number, cpuGuest: number): MetricsTick {
  const values = {
    cpuGuest,
    cpuProcess: null,
    memRss: null,
    memGuestUsed: null,
    memGuestTotal: null,
    diskRead: null,
    diskWrite: null,
    diskReadOps: null,
    diskWriteOps: null,
    netRx: null,
    netTx: null,
  };
  return {
    at,
    intervalMs: 1000,
    host: { cores: 2, values: hostValues },
    vms: [{ uuid: 'vm', values, disks: [], notes: [] }],
  };
}

describe('PerformanceModel', () => {
  it('joins the VM’s and the host’s history, then appends live ticks (also those that came during the load)', async () => {
    const now = Date.now();
    const vmHistory: MetricsHistory = { stepMs: 1000, t: [now - 2000], series: { cpuGuest: [7] } };
    const hostHistory: MetricsHistory = {
      stepMs: 1000,
      t: [now - 2000, now - 1000],
      series: { cpu: [20, 30] },
    };
    const client = new FakeContractClient().handle('metrics.history', ({ vm }) =>
      vm ? vmHistory : hostHistory,
    );
    const feed = new MetricsFeed(client);
    const model = new PerformanceModel(client, feed, 'vm', '10m');
    let changes = 0;
    model.onChange(() => changes++);
    const loading = model.load();
    client.emit('metrics.tick', tickAt(now, 90)); // arrives before the history
    await loading;
    expect(model.columns.t).toEqual([now - 2000, now - 1000, now]);
    expect(model.columns.series.cpuGuest).toEqual([7, null, 90]);
    expect(model.columns.series['host.cpu']).toEqual([20, 30, 50]);
    expect(changes).toBeGreaterThanOrEqual(1);
    client.emit('metrics.tick', tickAt(now + 1000, 95));
    expect(model.columns.series.cpuGuest?.at(-1)).toBe(95);

    const csv = toCsv(model.columns, [
      { key: 'cpuGuest', label: 'cpuGuest' },
      { key: 'host.cpu', label: 'host, cpu' },
    ]).split('\n');
    expect(csv[0]).toBe('time,cpuGuest,"host, cpu"');
    expect(csv[2]).toBe(`${new Date(now - 1000).toISOString()},,30`);

    model.dispose();
    client.emit('metrics.tick', tickAt(now + 2000, 99));
    expect(model.columns.series.cpuGuest?.at(-1)).toBe(95);
  });

  it('adds a live point to the day range only once per step', async () => {
    const now = Date.now();
    const client = new FakeContractClient().handle('metrics.history', () => ({
      stepMs: 10_000,
      t: [now - 10_000],
      series: {},
    }));
    const model = new PerformanceModel(client, new MetricsFeed(client), 'vm', '24h');
    await model.load();
    client.emit('metrics.tick', tickAt(now - 5000, 1));
    client.emit('metrics.tick', tickAt(now, 2));
    expect(model.columns.t).toEqual([now - 10_000, now]);
  });
});
