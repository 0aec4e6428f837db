import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

const count = (text: string, needle: string) => text.split(needle).length - 1;

test('Save State stops a guest with its memory kept; Start resumes it; the saved state can be discarded', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('keeper'))).code).toBe(0);
  expect((await cli(['start', 'keeper'])).code).toBe(0);
  const serial = async () => (await cli(['serial', 'keeper'])).stdout;
  await expect.poll(serial, { timeout: 60_000 }).toContain('vireo-guest# ');
  const option = vmOption(page, 'keeper');
  await option.click();

  await toolbarButton(page, 'Save State').click();
  await expect(option).toContainText(/saved/i, { timeout: 60_000 });
  await expect(page.getByText('Its memory is saved')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('saved.png') });

  await toolbarButton(page, 'Start').click();
  await expect(option).toContainText(/running/i, { timeout: 60_000 });
  expect((await cli(['serial', 'keeper', '--send', 'echo resumed-$((20+22))'])).code).toBe(0);
  await expect.poll(serial, { timeout: 30_000 }).toContain('resumed-42');
  expect(count(await serial(), 'VIREO-GUEST-READY')).toBe(1); // resumed, not booted again

  await toolbarButton(page, 'Save State').click();
  await expect(option).toContainText(/saved/i, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Discard saved state…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard the saved state of “keeper”?' });
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(option).toContainText(/stopped/i);
  expect(JSON.parse((await cli(['status', 'keeper', '--json'])).stdout)).toMatchObject({ state: 'stopped' });
});
