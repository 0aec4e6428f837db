import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/vireo-test';
import { canvasPixels } from '../support/canvas';
import { forceOff, toolbarButton, vmOption } from '../support/main-window';

test('the Console tab shows the guest screen, types into it, sends Ctrl+Alt+Del, screenshots, and reconnects', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('screen'))).code).toBe(0);
  await vmOption(page, 'screen').click();
  await page.getByRole('tab', { name: 'Console' }).click();
  const screen = page.getByRole('region', { name: 'Guest screen' });
  await expect(screen).toHaveAttribute('data-state', 'stopped');
  await expect(page.getByText('VM is not running')).toBeVisible();
  await screen.getByRole('button', { name: 'Start' }).click();
  await expect(screen).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expect
    .poll(async () => (await cli(['serial', 'screen'])).stdout, { timeout: 60_000 })
    .toContain('vireo-guest# ');

  // Not blank: the text console has lit pixels. Typing into it changes them.
  await expect.poll(async () => (await canvasPixels(screen)).lit, { timeout: 30_000 }).toBeGreaterThan(500);
  const before = await canvasPixels(screen);
  await screen.locator('canvas').first().click();
  await page.keyboard.type('echo hello-console');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await canvasPixels(screen)).hash, { timeout: 15_000 }).not.toBe(before.hash);
  expect((await canvasPixels(screen)).lit).toBeGreaterThan(before.lit);
  await page.screenshot({ path: testInfo.outputPath('console-typed.png') });
  await page.keyboard.down('Control');
  await page.keyboard.down('Alt');
  await page.keyboard.up('Alt');
  await page.keyboard.up('Control');

  await page.getByRole('button', { name: 'Send Ctrl+Alt+Del' }).click();
  await expect
    .poll(async () => (await cli(['serial', 'screen'])).stdout, { timeout: 20_000 })
    .toContain('VIREO-GUEST-CTRL-ALT-DEL');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Screenshot' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^screen-.*\.png$/);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const expected = JSON.parse(
    (await cli(['screenshot', 'screen', testInfo.outputPath('cli.png'), '--json'])).stdout,
  ) as {
    width: number;
    height: number;
  };
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([expected.width, expected.height]);

  // A reboot keeps (or regains) the console; so does a new QEMU after force off and start.
  await toolbarButton(page, 'Reboot').click();
  await expect(screen).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expect.poll(async () => (await canvasPixels(screen)).lit, { timeout: 60_000 }).toBeGreaterThan(500);
  await forceOff(page);
  await expect(screen).toHaveAttribute('data-state', 'stopped');
  await screen.getByRole('button', { name: 'Start' }).click();
  await expect(screen).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('console-after-restart.png') });
});
