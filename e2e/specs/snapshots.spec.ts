import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';

test('the Snapshots tab takes a snapshot of a running guest and reverts to it after confirming', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli([...testGuestArgs('snappy'), '--disk', '64M'])).code).toBe(0);
  expect((await cli(['start', 'snappy'])).code).toBe(0);
  const serial = async () => (await cli(['serial', 'snappy'])).stdout;
  await expect.poll(serial, { timeout: 60_000 }).toContain('vireo-guest# ');

  await vmOption(page, 'snappy').click();
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page.getByText('No snapshots yet.', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: 'Snapshot name' }).fill('123');
  await page.getByRole('button', { name: 'Take snapshot (disks + memory)' }).click();
  await expect(page.getByRole('alert')).toContainText('must not be only digits');
  await page.getByRole('textbox', { name: 'Snapshot name' }).fill('clean boot');
  await page.getByRole('textbox', { name: 'Description (optional)' }).fill('before the marker');
  await page.getByRole('button', { name: 'Take snapshot (disks + memory)' }).click();
  const tree = page.getByRole('list', { name: 'Snapshots' });
  await expect(tree.getByText('clean boot')).toBeVisible({ timeout: 60_000 });
  await expect(tree.getByText('You are here')).toBeVisible();
  await expect(tree.getByText('disks + memory')).toBeVisible();

  // Change the guest, then go back.
  expect((await cli(['serial', 'snappy', '--send', 'echo changed > /tmp/marker'])).code).toBe(0);
  await page.getByRole('button', { name: 'Revert to clean boot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revert “snappy” to “clean boot”?' });
  await expect(dialog).toContainText('Everything it did since');
  await page.screenshot({ path: testInfo.outputPath('snapshots-revert-confirm.png') });
  await dialog.getByRole('button', { name: 'Revert' }).click();
  await expect(dialog).toBeHidden();
  // The revert shows under the toolbar while it runs, and goes when done.
  await expect(page.getByRole('region', { name: 'Operations under way' })).toBeHidden({ timeout: 60_000 });
  expect(
    (await cli(['serial', 'snappy', '--send', 'cat /tmp/marker || echo NO-MARKER-$((40+2))'])).code,
  ).toBe(0);
  await expect.poll(serial, { timeout: 30_000 }).toContain('NO-MARKER-42');
  expect((await cli(['snapshot', 'snappy', 'list'])).stdout).toMatch(/\* clean boot .* disks \+ memory/);
  await page.screenshot({ path: testInfo.outputPath('snapshots.png') });
});
