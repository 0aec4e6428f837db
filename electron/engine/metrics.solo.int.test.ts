import { existsSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ContractClient } from '../../shared/contract';
import type { MetricsTick, VmSample } from '../../shared/metrics';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { harnessFor, startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { createTempHome } from '../../e2e/support/temp-home';
import { runCli } from '../../e2e/support/run-cli';
import { serveControlSocket } from './control/control-server';
import { waitUntil } from '../../e2e/support/wait';
import { Engine } from './engine';
import { vmFiles } from './paths';

// A "solo" integration file: it runs after the others, alone, so the CPU it measures is the
// guest's and not a neighbour test's.
const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** Collects the metrics ticks a client receives. */
async function collectTicks(client: ContractClient) {
  const ticks: MetricsTick[] = [];
  client.on('metrics.tick', (tick) => ticks.push(tick));
  await client.invoke('metrics.subscribe', {});
  return ticks;
}

const sampleOf = (tick: MetricsTick, uuid: string): VmSample | undefined =>
  tick.vms.find((vm) => vm.uuid === uuid);

/** The VM's samples from ticks received after `from` (an index into ticks), waiting for `count`. */
async function nextSamples(ticks: MetricsTick[], uuid: string, count: number, from = ticks.length) {
  await waitUntil(
    `${count} samples`,
    () => ticks.slice(from).filter((t) => sampleOf(t, uuid)).length >= count,
    60_000,
  );
  return ticks
    .slice(from)
    .flatMap((t) => sampleOf(t, uuid) ?? [])
    .slice(0, count);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function bootGuest(client: ContractClient, name: string, extra: Record<string, unknown> = {}) {
  const status = await client.invoke('vm.create', {
    name,
    memoryMiB: 256,
    cpus: 1,
    network: 'none',
    ...guestKernelBoot(guest),
    ...extra,
  });
  const serial = await SerialReader.open(client, name);
  await client.invoke('vm.start', { vm: name });
  await serial.waitFor(GUEST_PROMPT);
  return { uuid: status.uuid, serial };
}

describe('metrics (real QEMU, TCG)', () => {
  it('shows an idle guest near 0 % and a busy loop near 100 % of its vCPU, with its memory', async () => {
    harness = await startEngine();
    const { client } = harness;
    const ticks = await collectTicks(client);
    const { uuid, serial } = await bootGuest(client, 'cpu');
    await new Promise((resolve) => setTimeout(resolve, 3000)); // boot's tail settles

    const idle = await nextSamples(ticks, uuid, 5);
    const idleCpu = median(idle.map((s) => s.values.cpuGuest ?? NaN));
    expect(idleCpu).toBeLessThanOrEqual(10);
    // QEMU itself does some work for an idle guest, never less than its vCPUs.
    expect(median(idle.map((s) => s.values.cpuProcess ?? NaN))).toBeGreaterThanOrEqual(idleCpu);

    await serial.run('while :; do :; done &');
    await nextSamples(ticks, uuid, 2); // the loop gets going
    const busy = await nextSamples(ticks, uuid, 5);
    expect(median(busy.map((s) => s.values.cpuGuest ?? NaN))).toBeGreaterThanOrEqual(80);
    await serial.run('kill %1');

    const last = busy[busy.length - 1] as VmSample;
    // The balloon's statistics: the guest's view of its 256 MiB.
    expect(last.notes).not.toContain('no-balloon');
    await waitUntil(
      'guest memory statistics',
      () => ticks.at(-1) && sampleOf(ticks.at(-1) as MetricsTick, uuid)?.values.memGuestTotal,
      20_000,
    );
    const memory = sampleOf(ticks.at(-1) as MetricsTick, uuid)?.values;
    expect(memory?.memGuestTotal).toBeGreaterThan(128 * MiB);
    expect(memory?.memGuestTotal).toBeLessThanOrEqual(256 * MiB);
    expect(memory?.memGuestUsed).toBeGreaterThan(0);
    expect(memory?.memRss).toBeGreaterThan(16 * MiB);
    // No network source in user mode or without a NIC: said, not a zero.
    expect(memory?.netRx).toBeNull();
    expect(last.notes).toContain('no-network');

    // A stopped VM is not sampled.
    await client.invoke('vm.forceOff', { vm: uuid });
    const after = ticks.length;
    await waitUntil('two more ticks', () => ticks.length >= after + 2, 10_000);
    expect(ticks.slice(after + 1).some((t) => sampleOf(t, uuid))).toBe(false);
  });

  it('measures a guest writing its disk within ±20 % of what it wrote', async () => {
    harness = await startEngine();
    const { client } = harness;
    const ticks = await collectTicks(client);
    const { uuid, serial } = await bootGuest(client, 'disk', { diskSizeBytes: 256 * MiB });
    await nextSamples(ticks, uuid, 2);
    const from = ticks.length;
    const written = 64 * MiB;
    const output = await serial.run(
      `dd if=/dev/zero of=/dev/vda bs=1M count=64 conv=fsync 2>&1; echo dd-done`,
      GUEST_PROMPT,
      120_000,
    );
    expect(output).toContain('dd-done');
    await nextSamples(ticks, uuid, 2);
    const window = ticks.slice(from - 1);
    let measured = 0;
    for (let i = 1; i < window.length; i++) {
      const rate = sampleOf(window[i] as MetricsTick, uuid)?.values.diskWrite ?? 0;
      measured += (rate * ((window[i] as MetricsTick).at - (window[i - 1] as MetricsTick).at)) / 1000;
    }
    expect(measured).toBeGreaterThanOrEqual(written * 0.8);
    expect(measured).toBeLessThanOrEqual(written * 1.2);
    const disk = sampleOf(ticks.at(-1) as MetricsTick, uuid)?.disks.find((d) => d.id === 'disk0');
    expect(disk).toBeDefined();
  });

  it('keeps history across an engine restart, and deletes it with the VM', async () => {
    const home = createTempHome();
    harness = await startEngine(home);
    const { uuid } = await bootGuest(harness.client, 'history');
    const ticks = await collectTicks(harness.client);
    // Long enough to finish a 10 s bucket.
    await nextSamples(ticks, uuid, 12);
    const before = await harness.client.invoke('metrics.history', { vm: uuid, range: '1h' });
    expect(before.t.length).toBeGreaterThanOrEqual(12);
    const restartAt = Date.now();
    harness.client.close();
    await harness.engine.close(); // the VM keeps running

    harness = harnessFor(
      home,
      await Engine.open({ paths: home.paths, env: home.env, kind: 'test', version: 'test' }),
    );
    const { client } = harness;
    const after = await client.invoke('metrics.history', { vm: uuid, range: '1h' });
    const earlier = after.t.filter((t) => t < restartAt);
    expect(earlier.length).toBeGreaterThanOrEqual(1);
    // Measured values from before the restart (a bucket holding only a VM's first sample has none).
    const measured = after.t.flatMap((t, i) => (t < restartAt ? [after.series.cpuProcess?.[i] ?? null] : []));
    expect(Math.max(...measured.filter((v) => v !== null))).toBeGreaterThan(0);
    const day = await client.invoke('metrics.history', { vm: uuid, range: '24h' });
    expect(day.stepMs).toBe(10_000);
    expect(day.t.some((t) => t < restartAt)).toBe(true);
    const host = await client.invoke('metrics.history', { range: '24h' });
    expect(host.series.cpu?.some((v) => v !== null)).toBe(true);

    const files = vmFiles(home.paths, uuid);
    expect(existsSync(`${files.dataDir}/metrics-10s.bin`)).toBe(true);
    await client.invoke('vm.forceOff', { vm: uuid });
    await client.invoke('vm.delete', { vm: uuid });
    expect(existsSync(files.dataDir)).toBe(false);
  });

  it('prints samples with vireo stats and a live table with vireo top', async () => {
    harness = await startEngine();
    const control = await serveControlSocket(harness.engine);
    try {
      const { client } = harness;
      const ticks = await collectTicks(client);
      const { uuid } = await bootGuest(client, 'Ŝtats, VM');
      await nextSamples(ticks, uuid, 2);
      const env = harness.home.env;

      const stats = await runCli(['stats', 'Ŝtats, VM', '--json', '--count', '3'], env);
      expect(stats.code).toBe(0);
      const lines = stats.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        expect(line).toMatchObject({
          name: 'Ŝtats, VM',
          uuid,
          netRx: null,
          notes: expect.arrayContaining(['no-network']),
        });
        expect(line.cpuGuest).toEqual(expect.any(Number));
        expect(line.memRss).toBeGreaterThan(0);
      }
      expect(Date.parse(lines[2]?.at as string)).toBeGreaterThan(Date.parse(lines[0]?.at as string));

      const human = await runCli(['stats', 'Ŝtats, VM', '--count', '1'], env);
      expect(human.stdout).toMatch(/cpu \d+\.\d % \(qemu \d+\.\d %\)/);
      expect(human.stdout).toContain('net rx no NIC');

      const top = await runCli(['top', '--count', '2'], env);
      expect(top.code).toBe(0);
      const screens = top.stdout.trim().split(/\n+(?=host {2}cpu)/);
      expect(screens).toHaveLength(2);
      expect(screens[1]).toMatch(/^host {2}cpu \d+\.\d % of \d+ cores/);
      expect(screens[1]).toMatch(/NAME +CPU +QEMU CPU/);
      expect(screens[1]).toContain('Ŝtats, VM');

      await client.invoke('vm.forceOff', { vm: uuid });
      const stopped = await runCli(['stats', 'Ŝtats, VM', '--count', '1'], env);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toContain('"Ŝtats, VM" is not running');
    } finally {
      await control.close();
    }
  });
});
