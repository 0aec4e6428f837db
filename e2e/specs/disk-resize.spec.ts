import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';

test('Hardware grows a disk, and refuses to shrink it with the reason', async ({ vireo }, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli([...testGuestArgs('grower'), '--disk', '16M'])).code).toBe(0);
  await vmOption(page, 'grower').click();
  await page.getByRole('tab', { name: 'Hardware' }).click();
  await page
    .getByRole('tablist', { name: 'Hardware' })
    .getByRole('tab', { name: /^Disks/ })
    .click();
  await expect(page.getByText(/16 MiB/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Grow disk0' }).click();
  const dialog = page.getByRole('dialog', { name: 'Grow disk0' });
  await dialog.getByRole('textbox', { name: /New size/ }).fill('8M');
  await dialog.getByRole('button', { name: 'Grow', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('only grows disks');
  await dialog.getByRole('textbox', { name: /New size/ }).fill('48M');
  await dialog.getByRole('button', { name: 'Grow', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/48 MiB/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('grown.png') });
  const disks = JSON.parse((await cli(['disk', 'grower', 'list', '--json'])).stdout) as Array<{
    virtualSizeBytes: number;
  }>;
  expect(disks[0]?.virtualSizeBytes).toBe(48 * 1024 * 1024);
});
