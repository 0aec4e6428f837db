import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsTick } from '../../../shared/metrics';
import { MetricsSampler } from './sampler';
import type { ProbeTarget } from './vm-probe';

/** A VM whose QMP answers after `delayMs`, counting calls in flight; its pid is this process. */
function fakeVm(uuid: string, delayMs: number) {
  const calls = { started: 0, inFlight: 0, maxInFlight: 0 };
  const execute = (command: string) => {
    calls.started++;
    calls.inFlight++;
    calls.maxInFlight = Math.max(calls.maxInFlight, calls.inFlight);
    return new Promise((resolve) =>
      setTimeout(() => {
        calls.inFlight--;
        resolve(command === 'query-cpus-fast' ? [{ 'cpu-index': 0, 'thread-id': process.pid }] : []);
      }, delayMs),
    );
  };
  const target: ProbeTarget = {
    uuid,
    pid: process.pid,
    qmp: { execute: execute as ProbeTarget['qmp']['execute'], batch: (issue) => issue() },
    vcpus: 1,
    balloonPath: null,
    blockIds: [],
    network: 'none',
  };
  return { target, calls };
}

let sampler: MetricsSampler | undefined;
afterEach(() => sampler?.stop());

describe('MetricsSampler', () => {
  it('ticks on a fixed schedule, measuring the host and each VM', async () => {
    const vm = fakeVm('fast', 1);
    sampler = new MetricsSampler(() => [vm.target], 50);
    const ticks: MetricsTick[] = [];
    sampler.on('tick', (tick) => ticks.push(tick));
    sampler.start();
    await new Promise((resolve) => setTimeout(resolve, 530));
    sampler.stop();
    expect(ticks.length).toBeGreaterThanOrEqual(7);
    expect(ticks.length).toBeLessThanOrEqual(11);
    expect(ticks[0]?.vms[0]?.values.cpuGuest).toBeNull(); // no earlier reading yet
    expect(ticks.at(-1)?.vms[0]?.values.cpuProcess).toBeGreaterThanOrEqual(0);
    expect(ticks.at(-1)?.host.values.memTotal).toBeGreaterThan(0);
    // A late tick skips its missed slots: never a burst of catch-up ticks.
    const gaps = ticks.slice(1).map((tick, i) => tick.at - (ticks[i] as MetricsTick).at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(35);
  });

  it('skips a VM whose QEMU is slow instead of queueing more requests to it', async () => {
    const slow = fakeVm('slow', 180);
    const fast = fakeVm('fast', 1);
    sampler = new MetricsSampler(() => [slow.target, fast.target], 50);
    const ticks: MetricsTick[] = [];
    sampler.on('tick', (tick) => ticks.push(tick));
    sampler.start();
    await new Promise((resolve) => setTimeout(resolve, 530));
    sampler.stop();
    const has = (uuid: string) => ticks.filter((t) => t.vms.some((vm) => vm.uuid === uuid)).length;
    expect(has('fast')).toBeGreaterThanOrEqual(8);
    expect(has('slow')).toBe(0); // never answered within a tick
    // One batch (two commands the first time, then one) at a time, never a pile.
    expect(slow.calls.maxInFlight).toBeLessThanOrEqual(2);
    expect(slow.calls.started).toBeLessThanOrEqual(2 + 2);
  });

  it('forgets a VM that stopped: its next start has no baseline', async () => {
    const vm = fakeVm('vm', 1);
    let running = true;
    sampler = new MetricsSampler(() => (running ? [vm.target] : []), 1000);
    await sampler.tick();
    expect((await sampler.tick()).vms[0]?.values.cpuProcess).not.toBeNull();
    running = false;
    expect((await sampler.tick()).vms).toEqual([]);
    running = true;
    expect((await sampler.tick()).vms[0]?.values.cpuProcess).toBeNull();
  });
});
