import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

test('the Hardware tab edits the real config, previews argv live, refuses bad fields, and says when a restart is needed', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  const args = testGuestArgs('hw');
  args[args.indexOf('--net') + 1] = 'user';
  const created = await cli([...args, '--forward', 'tcp:22222:22']);
  expect(created.code).toBe(0);
  await vmOption(page, 'hw').click();
  await page.getByRole('tab', { name: 'Hardware' }).click();
  const sections = page.getByRole('tablist', { name: 'Hardware' });
  const preview = page.getByRole('region', { name: 'QEMU command line' }).first();

  await sections.getByRole('tab', { name: /^Memory/ }).click();
  await page.getByLabel('Memory (MiB)').fill('384');
  await expect(preview).toContainText('size=384M');
  expect((await cli(['args', 'hw'])).stdout).toContain('size=256M');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  expect((await cli(['args', 'hw'])).stdout).toContain('size=384M');

  await sections.getByRole('tab', { name: /^Network/ }).click();
  await page.getByRole('button', { name: 'Add port forward' }).click();
  await page.getByRole('textbox', { name: 'Host port, rule 2' }).fill('22222');
  await page.getByRole('textbox', { name: 'Guest port, rule 2' }).fill('80');
  // Next to the field, and in the preview's list of what to fix.
  await expect(page.getByText('Host port 22222/tcp is already forwarded by rule 1.')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Host port, rule 2' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('field-error.png'), fullPage: true });
  await page.getByRole('button', { name: 'Revert' }).click();

  await toolbarButton(page, 'Start').click();
  await expect(vmOption(page, 'hw')).toContainText(/running/i);
  await sections.getByRole('tab', { name: /^CPUs/ }).click();
  await page.getByLabel('vCPUs').fill('2');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved. Restart the VM to apply these changes.')).toBeVisible();
  expect(JSON.parse((await cli(['status', 'hw', '--json'])).stdout)).toMatchObject({
    state: 'running',
    needsRestart: true,
    vcpus: 2,
  });
  await page.screenshot({ path: testInfo.outputPath('restart-needed.png'), fullPage: true });
});
