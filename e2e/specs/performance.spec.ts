import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';

/** The latest values a chart plotted, read from the chart element (not its pixels). */
async function chartLast(chart: Locator): Promise<Record<string, number | null>> {
  const text = await chart.getAttribute('data-last');
  return text ? (JSON.parse(text) as Record<string, number | null>) : {};
}

test('the Performance tab charts a busy guest live, switches ranges, pauses and exports CSV; the list has a sparkline', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('perf'))).code).toBe(0);
  expect((await cli(['start', 'perf'])).code).toBe(0);
  await expect
    .poll(async () => (await cli(['serial', 'perf'])).stdout, { timeout: 60_000 })
    .toContain('vireo-guest# ');

  await vmOption(page, 'perf').click();
  await page.getByRole('tab', { name: 'Performance' }).click();
  const cpu = page.locator('[data-chart="cpu"]');
  await expect(cpu).toHaveAttribute('data-points', /^[1-9]\d*$/, { timeout: 15_000 });
  // Idle: the guest's vCPU barely works.
  await expect.poll(async () => (await chartLast(cpu)).cpuGuest, { timeout: 20_000 }).toBeLessThan(30);
  await expect(page.getByText('This VM has no network card.')).toBeVisible();

  expect((await cli(['serial', 'perf', '--send', 'while :; do :; done &'])).code).toBe(0);
  await expect.poll(async () => (await chartLast(cpu)).cpuGuest, { timeout: 20_000 }).toBeGreaterThan(80);
  expect((await chartLast(cpu))['host.cpu']).toBeGreaterThan(0);
  // The sparkline in the list follows too.
  const sparkline = vmOption(page, 'perf').locator('svg.cpu-sparkline');
  await expect
    .poll(async () => Number(await sparkline.getAttribute('data-last')), { timeout: 10_000 })
    .toBeGreaterThan(80);
  await expect(page.getByText(/^Host CPU \d/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('performance-busy.png') });

  // Paused: the chart stops moving; resumed: it moves again.
  await page.getByRole('button', { name: 'Pause live view' }).click();
  const frozen = await cpu.getAttribute('data-points');
  await page.waitForTimeout(2500);
  expect(await cpu.getAttribute('data-points')).toBe(frozen);
  await page.getByRole('button', { name: 'Pause live view' }).click();
  await expect.poll(() => cpu.getAttribute('data-points'), { timeout: 10_000 }).not.toBe(frozen);

  // Ranges: the 1-minute view holds at most a minute of points; 24 hours comes from history.
  await page.getByRole('button', { name: '1 min' }).click();
  await expect(page.getByRole('button', { name: '1 min' })).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => Number(await cpu.getAttribute('data-points')), { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect(Number(await cpu.getAttribute('data-points'))).toBeLessThanOrEqual(62);
  await page.getByRole('button', { name: '24 hours' }).click();
  await expect
    .poll(async () => Number(await cpu.getAttribute('data-points')), { timeout: 10_000 })
    .toBeGreaterThan(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^perf-24h-.*\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toMatch(/^time,cpuGuest,cpuProcess,memRss,/);
  expect(csv.length).toBeGreaterThan(1);
  expect(csv[1]).toMatch(/^\d{4}-\d\d-\d\dT/);

  await page.getByRole('button', { name: '10 min' }).click();
  await page.screenshot({ path: testInfo.outputPath('performance-10min.png'), fullPage: true });
  expect((await cli(['stop', 'perf', '--force'])).code).toBe(0);
  await expect(page.getByText('This VM is not running: the charts show its history.')).toBeVisible();
});
