import { describe, expect, it } from 'vitest';
import { hostSample, rate, vmSample } from './rates';
import type { ProbeTarget, VmReading } from './vm-probe';

const target: ProbeTarget = {
  uuid: 'u',
  pid: 10,
  qmp: { execute: () => Promise.reject(new Error('unused')), batch: (issue) => issue() },
  vcpus: 2,
  balloonPath: '/machine/peripheral/balloon0',
  blockIds: ['disk0'],
  network: 'user',
};

const reading = (at: number, ticks: number, written: number, pid = 10): VmReading => ({
  at,
  pid,
  processTicks: ticks * 2,
  vcpuTicks: ticks,
  rssBytes: 1000,
  guestMemory: { total: 800, available: 300 },
  blocks: [{ id: 'disk0', rdBytes: 0, wrBytes: written, rdOps: 0, wrOps: written / 4096 }],
});

describe('rates', () => {
  it('is null without an earlier reading, or when a counter went backwards', () => {
    expect(rate(undefined, 5, 1)).toBeNull();
    expect(rate(10, 5, 1)).toBeNull();
    expect(rate(10, 30, 2)).toBe(10);
    expect(rate(10, 30, 0)).toBeNull();
  });

  it('turns vCPU ticks into % of all vCPUs, and block counters into bytes/s', () => {
    // 2 vCPUs, 1 s: 100 ticks = one vCPU busy = 50 %.
    const sample = vmSample(reading(0, 1000, 0), reading(1000, 1100, 8192), target);
    expect(sample.values.cpuGuest).toBe(50);
    expect(sample.values.cpuProcess).toBe(100);
    expect(sample.values.diskWrite).toBe(8192);
    expect(sample.values.diskWriteOps).toBe(2);
    expect(sample.values.memGuestUsed).toBe(500);
    expect(sample.values.netRx).toBeNull();
    expect(sample.notes).toEqual(['net-user-mode']);
    expect(sample.disks).toEqual([{ id: 'disk0', read: 0, write: 8192, readOps: 0, writeOps: 2 }]);
  });

  it("takes network rates from the guest agent's counters in user mode, without the note", () => {
    const withNet = (at: number, rx: number, tx: number) => ({
      ...reading(at, 0, 0),
      net: { rxBytes: rx, txBytes: tx },
    });
    const sample = vmSample(withNet(0, 1000, 500), withNet(2000, 5000, 700), target);
    expect(sample.values.netRx).toBe(2000);
    expect(sample.values.netTx).toBe(100);
    expect(sample.notes).toEqual([]);
    // The guest rebooted: its counters start again from zero.
    expect(vmSample(withNet(0, 5000, 700), withNet(1000, 10, 10), target).values.netRx).toBeNull();
  });

  it('starts over for a new QEMU process (a restarted VM): no spike', () => {
    const sample = vmSample(reading(0, 5000, 1e9), reading(1000, 10, 4096, 11), target);
    expect(sample.values.cpuGuest).toBeNull();
    expect(sample.values.diskWrite).toBeNull();
    expect(sample.values.memRss).toBe(1000);
  });

  it('says why memory or network have no values', () => {
    const noBalloon = vmSample(
      undefined,
      { ...reading(0, 0, 0), guestMemory: undefined },
      {
        ...target,
        balloonPath: null,
        network: 'none',
      },
    );
    expect(noBalloon.notes).toEqual(['no-balloon', 'no-network']);
    const noStats = vmSample(undefined, { ...reading(0, 0, 0), guestMemory: undefined }, target);
    expect(noStats.notes).toContain('no-guest-stats');
    expect(noStats.values.memGuestTotal).toBeNull();
  });

  it('measures the host', () => {
    const before = { cpu: { busy: 100, total: 1000 } };
    const after = {
      cpu: { busy: 400, total: 2000 },
      memory: { totalBytes: 10, availableBytes: 4 },
      load1: 0.5,
    };
    expect(hostSample(before, after, 2)).toEqual({
      cores: 2,
      values: { cpu: 30, memUsed: 6, memTotal: 10, load1: 0.5 },
    });
    expect(hostSample(undefined, after, 2).values.cpu).toBeNull();
  });
});
