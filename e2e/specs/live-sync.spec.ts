import { expect, test } from '../fixtures/vireo-test';
import { forceOff, toolbarButton, vmOption } from '../support/main-window';

test('two tabs see the same live state', async ({ vireo, appMode }) => {
  test.skip(appMode !== 'web', 'tabs exist in web mode only');
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('shared'))).code).toBe(0);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await vmOption(page, 'shared').click();
  await toolbarButton(page, 'Start').click();
  await expect(vmOption(other, 'shared')).toContainText(/running/i);
  await vmOption(other, 'shared').click();
  await forceOff(other);
  await expect(vmOption(page, 'shared')).toContainText(/stopped/i);
});

test('a tab that loses the engine says so, reconnects, and resyncs', async ({ vireo, appMode }, testInfo) => {
  test.skip(appMode !== 'web', 'reconnecting is a web-mode concern');
  const { page, cli, testGuestArgs, restartableWeb } = vireo;
  if (!restartableWeb) throw new Error('web mode has a restartable server');
  expect((await cli(testGuestArgs('survivor'))).code).toBe(0);
  const option = vmOption(page, 'survivor');
  await expect(option).toContainText(/stopped/i);

  await restartableWeb.stop();
  await expect(page.getByRole('status')).toContainText(/Disconnected from the engine|Reconnecting/);
  await page.screenshot({ path: testInfo.outputPath('disconnected.png'), fullPage: true });
  // While the page is cut off, the CLI (its own engine now) starts the VM.
  expect((await cli(['start', 'survivor'])).code).toBe(0);

  await restartableWeb.start();
  await expect(option).toContainText(/running/i, { timeout: 20_000 });
  await expect(page.getByRole('status')).toHaveText('Connected to the Vireo engine');
});

test('speaks Chinese: button names and states follow the language preference', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('中文虚拟机'))).code).toBe(0);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const option = vmOption(page, '中文虚拟机');
  await option.click();
  await expect(toolbarButton(page, '启动')).toBeEnabled();
  await expect(option).toContainText('已关机');
  await expect(page.getByRole('tab', { name: '概况' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: /主题|Theme/ }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: testInfo.outputPath('zh-CN-dark.png'), fullPage: true });
  // The preference is the engine's: a fresh page in the same engine starts in Chinese.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await vmOption(again, '中文虚拟机').click();
  await expect(toolbarButton(again, '启动')).toBeVisible();
});
