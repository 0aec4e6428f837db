import { expect, test } from '../fixtures/vireo-test';

test('two tabs see the same live state', async ({ vireo, appMode }) => {
  test.skip(appMode !== 'web', 'tabs exist in web mode only');
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('shared'))).code).toBe(0);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await page
    .getByRole('row', { name: /shared/ })
    .getByRole('button', { name: 'Start' })
    .click();
  await expect(other.getByRole('row', { name: /shared/ })).toContainText(/running/i);
  await other
    .getByRole('row', { name: /shared/ })
    .getByRole('button', { name: 'Force Off' })
    .click();
  await expect(page.getByRole('row', { name: /shared/ })).toContainText(/stopped/i);
});

test('a tab that loses the engine says so, reconnects, and resyncs', async ({ vireo, appMode }, testInfo) => {
  test.skip(appMode !== 'web', 'reconnecting is a web-mode concern');
  const { page, cli, testGuestArgs, restartableWeb } = vireo;
  if (!restartableWeb) throw new Error('web mode has a restartable server');
  expect((await cli(testGuestArgs('survivor'))).code).toBe(0);
  const row = page.getByRole('row', { name: /survivor/ });
  await expect(row).toContainText(/stopped/i);

  await restartableWeb.stop();
  await expect(page.getByRole('status')).toContainText(/Disconnected from the engine|Reconnecting/);
  await page.screenshot({ path: testInfo.outputPath('disconnected.png'), fullPage: true });
  // While the page is cut off, the CLI (its own engine now) starts the VM.
  expect((await cli(['start', 'survivor'])).code).toBe(0);

  await restartableWeb.start();
  await expect(row).toContainText(/running/i, { timeout: 20_000 });
  await expect(page.getByRole('status')).toHaveText('Connected to the Vireo engine');
});

test('speaks Chinese: button names and states follow the language preference', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('中文虚拟机'))).code).toBe(0);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const row = page.getByRole('row', { name: /中文虚拟机/ });
  await expect(row.getByRole('button', { name: '启动' })).toBeEnabled();
  await expect(row).toContainText('已关机');
  await page.getByRole('combobox', { name: /主题|Theme/ }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: testInfo.outputPath('zh-CN-dark.png'), fullPage: true });
  // The preference is the engine's: a fresh page in the same engine starts in Chinese.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await expect(
    again.getByRole('row', { name: /中文虚拟机/ }).getByRole('button', { name: '启动' }),
  ).toBeVisible();
});
