import { existsSync } from 'node:fs';
import { expect, test } from '../fixtures/vireo-test';
import { forceOff, toolbarButton, vmList, vmOption } from '../support/main-window';
import { chooseSource, fillResources, wizard } from '../support/wizard';

const count = (text: string, needle: string) => text.split(needle).length - 1;

test('every toolbar action changes the real VM', async ({ vireo }, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli([...testGuestArgs('actions'), '--disk', '32M'])).code).toBe(0);
  const option = vmOption(page, 'actions');
  await option.click();
  const status = async () =>
    (JSON.parse((await cli(['status', 'actions', '--json'])).stdout) as { state: string }).state;
  const serial = async () => (await cli(['serial', 'actions'])).stdout;

  await toolbarButton(page, 'Start').click();
  await expect(option).toContainText(/running/i);
  await expect.poll(serial, { timeout: 60_000 }).toContain('vireo-guest# ');

  await toolbarButton(page, 'Pause').click();
  await expect(option).toContainText(/paused/i);
  expect(await status()).toBe('paused');
  await toolbarButton(page, 'Resume').click();
  await expect(option).toContainText(/running/i);
  expect(await status()).toBe('running');

  await toolbarButton(page, 'Reboot').click();
  await expect.poll(async () => count(await serial(), 'VIREO-GUEST-READY'), { timeout: 60_000 }).toBe(2);
  await expect(option).toContainText(/running/i);
  await expect
    .poll(async () => count(await serial(), 'vireo-guest# '), { timeout: 30_000 })
    .toBeGreaterThan(1);

  await toolbarButton(page, 'Shut Down').click();
  await expect(option).toContainText(/stopped/i, { timeout: 60_000 });
  // Through the guest agent when it answers already, else the ACPI power button.
  expect(await serial()).toMatch(/VIREO-GUEST-(AGENT-SHUTDOWN|POWEROFF)/);

  await toolbarButton(page, 'Start').click();
  await expect(option).toContainText(/running/i);
  await forceOff(page);
  await expect(option).toContainText(/stopped/i);
  expect(await status()).toBe('stopped');

  await toolbarButton(page, 'Clone').click();
  const cloneDialog = page.getByRole('dialog', { name: 'Clone “actions”' });
  await expect(cloneDialog.getByRole('textbox', { name: 'Name of the clone' })).toHaveValue(
    'actions (clone)',
  );
  await expect(cloneDialog.getByRole('checkbox', { name: /Linked clone/ })).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('clone-dialog.png') });
  await cloneDialog.getByRole('textbox', { name: 'Name of the clone' }).fill('copy of actions');
  await cloneDialog.getByRole('button', { name: 'Clone', exact: true }).click();
  await expect(cloneDialog).toBeHidden({ timeout: 30_000 });
  await expect(vmOption(page, 'copy of actions')).toHaveAttribute('aria-selected', 'true');
  await option.click();

  const argv = JSON.parse((await cli(['args', 'actions', '--json'])).stdout) as string[];
  const diskPath = /"filename":"([^"]+disk0\.qcow2)"/.exec(argv.join(' '))?.[1] ?? '';
  expect(diskPath).toMatch(/disk0\.qcow2$/);
  await toolbarButton(page, 'Delete').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Keep disk images' }).check();
  await page.screenshot({ path: testInfo.outputPath('delete-dialog.png') });
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(option).toHaveCount(0);
  const left = JSON.parse((await cli(['list', '--json'])).stdout) as Array<{ name: string }>;
  expect(left.map((vm) => vm.name)).toEqual(['copy of actions']);
  expect(existsSync(diskPath)).toBe(true);
});

test('the keyboard path: Ctrl+N … Enter creates a VM; arrows, Enter and Delete work in the list', async ({
  vireo,
}) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('alpha'))).code).toBe(0);
  await expect(vmOption(page, 'alpha')).toBeVisible();

  await page.keyboard.press('Control+n');
  await expect(wizard(page)).toBeVisible();
  await chooseSource(page, {
    kind: 'kernel',
    kernel: process.env.VIREO_TEST_GUEST_KERNEL ?? '',
    initrd: process.env.VIREO_TEST_GUEST_INITRD ?? '',
    cmdline: 'console=ttyS0 quiet',
  });
  await expect(
    wizard(page)
      .getByText(/^Found/)
      .first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await fillResources(page, { name: 'bravo', memoryMiB: 256, cpus: 1, diskGiB: 1 });
  await page.keyboard.press('Enter');
  await expect(wizard(page).getByRole('button', { name: 'Create' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(wizard(page)).toBeHidden({ timeout: 60_000 });
  await expect(vmOption(page, 'bravo')).toContainText(/running/i);
  await cli(['stop', 'bravo', '--force']);
  await expect(vmOption(page, 'bravo')).toContainText(/stopped/i);

  // Arrow keys move the selection; Enter opens the details; Delete asks, then deletes.
  await vmOption(page, 'alpha').click();
  await expect(vmOption(page, 'alpha')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(vmOption(page, 'bravo')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(vmOption(page, 'alpha')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(vmOption(page, 'bravo')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  await vmList(page).focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('bravo');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  await expect(vmOption(page, 'bravo')).toHaveCount(0);
  const names = (JSON.parse((await cli(['list', '--json'])).stdout) as Array<{ name: string }>).map(
    (vm) => vm.name,
  );
  expect(names).toEqual(['alpha']);
});
