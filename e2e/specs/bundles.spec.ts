import { existsSync } from 'node:fs';
import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

test('Export writes a .vireo bundle with progress, and Import brings it back as a VM that boots', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli([...testGuestArgs('parcel'), '--disk', '16M'])).code).toBe(0);
  await vmOption(page, 'parcel').click();

  await toolbarButton(page, 'Export').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export “parcel”' });
  const bundle = testInfo.outputPath('parcel.vireo');
  await exportDialog.getByRole('textbox', { name: 'Save as' }).fill(bundle);
  await exportDialog.getByRole('checkbox', { name: /Compress the disks/ }).check();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog).toContainText(`Exported to ${bundle}.`, { timeout: 60_000 });
  expect(existsSync(bundle)).toBe(true);
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // The same file again is refused, saying why.
  await toolbarButton(page, 'Export').click();
  await exportDialog.getByRole('textbox', { name: 'Save as' }).fill(bundle);
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByRole('alert')).toContainText('already exists');
  await page.keyboard.press('Escape');

  await toolbarButton(page, 'Import').click();
  const importDialog = page.getByRole('dialog', { name: 'Import a VM' });
  await importDialog.getByRole('textbox', { name: 'Bundle file (.vireo)' }).fill(bundle);
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog.getByRole('alert')).toContainText('a VM named "parcel" already exists');
  await importDialog.getByRole('textbox', { name: /^Name/ }).fill('parcel copy');
  await page.screenshot({ path: testInfo.outputPath('import.png') });
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog).toBeHidden({ timeout: 60_000 });
  await expect(vmOption(page, 'parcel copy')).toHaveAttribute('aria-selected', 'true');

  await toolbarButton(page, 'Start').click();
  await expect
    .poll(async () => (await cli(['serial', 'parcel copy'])).stdout, { timeout: 60_000 })
    .toContain('vireo-guest# ');
});
