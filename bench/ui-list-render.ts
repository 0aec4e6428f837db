import { chromium } from '@playwright/test';
import { seedVms } from '../e2e/support/seed-vms';
import { createTempHome } from '../e2e/support/temp-home';
import { serveWebMode } from '../electron/web/web-mode';
import { median } from './qmp-roundtrip';

/**
 * First render of a 500-VM list in Chromium through web mode: from navigation to the list showing
 * its first VMs, and to the last VM after scrolling to the end. Medians of fresh page loads.
 */
export async function benchListRender(count = 500, rounds = 5) {
  const home = createTempHome('vireo-bench-ui-');
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const web = await (async () => {
    await seedVms(home.paths, count);
    return serveWebMode({ host: '127.0.0.1', port: 0, env: home.env });
  })();
  const firstRows: number[] = [];
  const scrolledToEnd: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(web.url);
      const list = page.getByRole('listbox');
      await list.getByRole('option').first().waitFor();
      firstRows.push(performance.now() - start);
      const scrollStart = performance.now();
      await list.focus();
      await page.keyboard.press('End');
      await list
        .getByRole('option', { name: new RegExp(`bench-vm-${String(count - 1).padStart(3, '0')}`) })
        .waitFor();
      scrolledToEnd.push(performance.now() - scrollStart);
      await context.close();
    }
  } finally {
    await web.close();
    await browser.close();
    home.remove();
  }
  return { vms: count, firstRenderMs: median(firstRows), scrollToEndMs: median(scrolledToEnd) };
}
