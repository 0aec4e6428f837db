import { describe, expect, it } from 'vitest';
import type { MetricsTick } from '../../../shared/metrics';
import { FakeContractClient } from '../store/testing/fake-contract-client';
import { MetricsFeed } from './metrics-feed';

const values = (cpuGuest: number | null) => ({
  cpuGuest,
  cpuProcess: null,
  memRss: 1,
  memGuestUsed: null,
  memGuestTotal: null,
  diskRead: null,
  diskWrite: null,
  diskReadOps: null,
  diskWriteOps: null,
  netRx: null,
  netTx: null,
});

const tick = (at: number, cpu: number | null): MetricsTick => ({
  at,
  intervalMs: 1000,
  host: { cores: 2, values: { cpu: 5, memUsed: 1, memTotal: 2, load1: 0.1 } },
  vms: [{ uuid: 'a', values: values(cpu), disks: [], notes: [] }],
});

describe('MetricsFeed', () => {
  it('subscribes, keeps each VM’s columns and tells listeners per tick', async () => {
    const client = new FakeContractClient();
    const feed = new MetricsFeed(client);
    await feed.subscribe();
    expect(client.callsOf('metrics.subscribe')).toHaveLength(1);
    const heard: number[] = [];
    const stop = feed.onTick((t) => heard.push(t.at));
    client.emit('metrics.tick', tick(1000, 10));
    client.emit('metrics.tick', tick(2000, null));
    client.emit('metrics.tick', tick(3000, 30));
    stop();
    client.emit('metrics.tick', tick(4000, 40));
    expect(heard).toEqual([1000, 2000, 3000]);
    expect(feed.recentCpu('a', 3)).toEqual([null, 30, 40]);
    expect(feed.latestOf('a')?.values.cpuGuest).toBe(40);
    expect(feed.hostColumns().t).toEqual([1000, 2000, 3000, 4000]);
    expect(feed.recentCpu('unknown', 3)).toEqual([]);
  });

  it('keeps an hour, no more', () => {
    const client = new FakeContractClient();
    const feed = new MetricsFeed(client);
    for (let s = 0; s <= 4000; s += 10) client.emit('metrics.tick', tick(s * 1000, s));
    expect(feed.vm('a')?.t[0]).toBe(400_000);
  });
});
