import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vmSeriesKeys } from '../shared/metrics';
import { ensureTestGuest, GUEST_PROMPT } from '../e2e/guest/test-guest';
import { guestKernelBoot } from '../e2e/support/guest-vm';
import { createTempHome } from '../e2e/support/temp-home';
import { waitUntil } from '../e2e/support/wait';
import { inProcessClient } from '../electron/engine/control/in-process-client';
import { SeriesHistory } from '../electron/engine/metrics/history/series-history';
import { serveWebMode } from '../electron/web/web-mode';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

/** Wraps requestAnimationFrame to time each callback, microtasks it queued included (uPlot commits in one). */
const FRAME_PROBE = `
  window.__frameWork = [];
  window.__frameStarts = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    const start = performance.now();
    callback(time);
    queueMicrotask(() => window.__frameWork.push(performance.now() - start));
  });
  const tick = (time) => { window.__frameStarts.push(time); raf(tick); };
  raf(tick);
`;

/** A day of 1 s samples through the history, then the size of its files. */
async function historyBytesPerDay(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vireo-bench-history-'));
  try {
    const history = new SeriesHistory({
      keys: vmSeriesKeys,
      filePrefix: join(dir, 'metrics'),
      memoryCapacity: 3600,
    });
    const start = Date.UTC(2026, 0, 1);
    const values = vmSeriesKeys.map((_, i) => i * 1000.5);
    for (let s = 0; s < 86_400; s++) {
      history.record(start + s * 1000, values);
      if (s % 600 === 0) await history.flush();
    }
    await history.flush(true);
    return statSync(join(dir, 'metrics-10s.bin')).size + statSync(join(dir, 'metrics-1m.bin')).size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The sampler's cost with 1, 5, 10 and 20 running VMs (real QEMU, TCG): its CPU time per VM per
 * sample, and the engine process's CPU while sampling each second with a window subscribed. Then,
 * with 20 running, the renderer's frame work (20 sparklines + the Performance tab's 4 charts) in
 * Chromium; and the history's size on disk per VM per day.
 */
export async function benchMetrics(counts = [1, 5, 10, 20]) {
  const guest = ensureTestGuest();
  const home = createTempHome('vireo-bench-metrics-');
  const web = await serveWebMode({ host: '127.0.0.1', port: 0, env: home.env });
  const client = inProcessClient(web.engine);
  const sampler = web.engine.metrics.sampler;
  const perVm: Array<{ vms: number; samplerMicrosPerVmSample: number; engineCpuPercent: number }> = [];
  let frames: { workP95Ms: number; intervalP95Ms: number; frames: number };
  try {
    const max = Math.max(...counts);
    for (let i = 0; i < max; i++) {
      await client.invoke('vm.create', {
        name: `load-${String(i).padStart(2, '0')}`,
        memoryMiB: 128,
        cpus: 1,
        network: 'none',
        ...guestKernelBoot(guest),
      });
    }
    let running = 0;
    for (const count of counts) {
      for (; running < count; running++)
        await client.invoke('vm.start', { vm: `load-${String(running).padStart(2, '0')}` });
      for (let i = 0; i < count; i++) {
        const vm = `load-${String(i).padStart(2, '0')}`;
        await waitUntil(
          `${vm} booted`,
          async () => {
            const { data } = await client.invoke('serial.history', { vm, maxBytes: 4096 });
            return Buffer.from(data, 'base64').toString('utf8').includes(GUEST_PROMPT);
          },
          180_000,
          250,
        );
      }
      await sleep(3000);
      // The sampler alone: ticks run by hand, timed one by one.
      sampler.stop();
      const tickCpu: number[] = [];
      for (let i = 0; i < 10; i++) {
        const before = cpuMs();
        const tick = await sampler.tick();
        if (tick.vms.length === count) tickCpu.push(cpuMs() - before);
        await sleep(1000);
      }
      // The engine as it runs: sampling each second, recording history, sending ticks to a client.
      sampler.start();
      await client.invoke('metrics.subscribe', {});
      const cpuBefore = cpuMs();
      const wallBefore = performance.now();
      await sleep(15_000);
      const engineCpuPercent = ((cpuMs() - cpuBefore) / (performance.now() - wallBefore)) * 100;
      await client.invoke('metrics.unsubscribe', {});
      const mean = tickCpu.reduce((a, b) => a + b, 0) / tickCpu.length;
      perVm.push({ vms: count, samplerMicrosPerVmSample: (mean * 1000) / count, engineCpuPercent });
    }

    const browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1500 } });
      await page.addInitScript(FRAME_PROBE);
      await page.goto(web.url);
      await page.getByRole('option', { name: /load-00/ }).click();
      await page.getByRole('tab', { name: 'Performance' }).click();
      await page.locator('[data-chart="cpu"][data-points]').waitFor();
      await sleep(3000);
      await page.evaluate('window.__frameWork = []; window.__frameStarts = [];');
      await sleep(20_000);
      const work = (await page.evaluate('window.__frameWork')) as number[];
      const starts = (await page.evaluate('window.__frameStarts')) as number[];
      const intervals = starts.slice(1).map((t, i) => t - (starts[i] as number));
      frames = {
        workP95Ms: percentile(work, 0.95),
        intervalP95Ms: percentile(intervals, 0.95),
        frames: starts.length,
      };
    } finally {
      await browser.close();
    }
  } finally {
    for (const vm of await client.invoke('vm.list', {}))
      if (vm.pid !== null) await client.invoke('vm.forceOff', { vm: vm.uuid }).catch(() => undefined);
    client.close();
    await web.close();
    home.remove();
  }
  return { perVm, frames, historyBytesPerVmPerDay: await historyBytesPerDay() };
}
