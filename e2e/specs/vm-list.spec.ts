import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/vireo-test';
import { forceOff, toolbarButton, vmOption } from '../support/main-window';

test('a VM created by the CLI appears, starts from the UI, and a CLI force-off shows within 1 s', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  const name = 'e2e, 测试 "one"';
  expect((await cli(testGuestArgs(name))).code).toBe(0);

  const option = vmOption(page, name);
  await expect(option).toBeVisible();
  await expect(option).toContainText(/stopped/i);
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Overview' })).toContainText('256 MiB');
  await page.screenshot({ path: testInfo.outputPath('01-created.png'), fullPage: true });

  await toolbarButton(page, 'Start').click();
  await expect(option).toContainText(/running/i);
  await expect(toolbarButton(page, 'Start')).toBeDisabled();
  await expect(toolbarButton(page, 'Pause')).toBeEnabled();
  const status = JSON.parse((await cli(['status', name, '--json'])).stdout) as {
    state: string;
    accel: string;
  };
  expect(status).toMatchObject({ state: 'running', accel: 'tcg' });
  await page.screenshot({ path: testInfo.outputPath('02-running.png'), fullPage: true });

  expect((await cli(['stop', name, '--force'])).code).toBe(0);
  await expect(option).toContainText(/stopped/i, { timeout: 1000 });
  await expect(toolbarButton(page, 'Start')).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('03-forced-off.png'), fullPage: true });
});

test("pause and resume from the UI; a failed start shows the engine's error", async ({ vireo }, testInfo) => {
  const { page, cli, testGuestArgs, home } = vireo;
  expect((await cli(testGuestArgs('pauser'))).code).toBe(0);
  const option = vmOption(page, 'pauser');
  await option.click();
  await toolbarButton(page, 'Start').click();
  await expect(option).toContainText(/running/i);
  await toolbarButton(page, 'Pause').click();
  await expect(option).toContainText(/paused/i);
  await expect(toolbarButton(page, 'Pause')).toBeDisabled();
  await toolbarButton(page, 'Resume').click();
  await expect(option).toContainText(/running/i);
  await forceOff(page);
  await expect(option).toContainText(/stopped/i);

  // A VM whose kernel disappears after creation: Start fails, and the user is told why.
  const kernel = join(home.dir, 'vmlinuz-gone');
  copyFileSync(process.env.VIREO_TEST_GUEST_KERNEL ?? '', kernel);
  const args = testGuestArgs('doomed');
  args[args.indexOf('--kernel') + 1] = kernel;
  expect((await cli(args)).code).toBe(0);
  rmSync(kernel);
  const doomed = vmOption(page, 'doomed');
  await doomed.click();
  await toolbarButton(page, 'Start').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`the kernel file does not exist or is not readable: ${kernel}`);
  await expect(doomed).toContainText(/stopped/i);
  await page.screenshot({ path: testInfo.outputPath('04-error-shown.png'), fullPage: true });
  await alert.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.getByText('the kernel file does not exist')).toHaveCount(0);
});
