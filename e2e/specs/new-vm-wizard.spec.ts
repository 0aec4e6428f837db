import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';
import { chooseSource, fillResources, forward, wizard, type InstallSource } from '../support/wizard';

const guest = () => ({
  kernel: process.env.VIREO_TEST_GUEST_KERNEL ?? '',
  initrd: process.env.VIREO_TEST_GUEST_INITRD ?? '',
  iso: process.env.VIREO_TEST_GUEST_ISO ?? '',
});

const sources: Array<[string, () => InstallSource, boolean]> = [
  ['iso', () => ({ kind: 'iso', iso: guest().iso }), true],
  ['import', () => ({ kind: 'import', disk: guest().iso }), true],
  ['kernel', () => ({ kind: 'kernel', ...guest(), cmdline: 'console=ttyS0 quiet' }), true],
  ['empty', () => ({ kind: 'empty' }), false],
];

for (const [kind, source, printsMarker] of sources) {
  test(`the wizard creates and boots a VM from source "${kind}"`, async ({ vireo }, testInfo) => {
    const { page, cli } = vireo;
    const name = `wizard-${kind}`;
    await page.getByRole('button', { name: 'New VM' }).first().click();
    await expect(wizard(page)).toBeVisible();
    await chooseSource(page, source());
    const found = wizard(page)
      .getByText(/^Found/)
      .first();
    if (kind !== 'empty') await expect(found).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('1-source.png') });
    await forward(page);
    if (kind === 'iso') await expect(wizard(page).getByText('Not detected')).toBeVisible();
    await forward(page);
    await fillResources(page, {
      name,
      memoryMiB: 256,
      cpus: 1,
      ...(kind === 'import' ? {} : { diskGiB: 1 }),
    });
    await forward(page);
    await expect(wizard(page)).toContainText(name);
    await page.screenshot({ path: testInfo.outputPath('4-summary.png') });
    await wizard(page).getByRole('button', { name: 'Create' }).click();
    await expect(wizard(page)).toBeHidden({ timeout: 60_000 });

    // Create boots the VM and opens its Console tab.
    await expect(vmOption(page, name)).toContainText(/running/i);
    await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
    const status = JSON.parse((await cli(['status', name, '--json'])).stdout) as { state: string };
    expect(status.state).toBe('running');
    if (printsMarker) {
      await expect
        .poll(async () => (await cli(['serial', name])).stdout, { timeout: 60_000 })
        .toContain('VIREO-GUEST-READY');
    }
    await page.screenshot({ path: testInfo.outputPath('5-created.png') });
  });
}

test('the wizard shows field errors for bad input and creates nothing', async ({ vireo }, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('taken'))).code).toBe(0);
  await page.getByRole('button', { name: 'New VM' }).first().click();
  const dialog = wizard(page);

  await chooseSource(page, { kind: 'iso', iso: '/no/such/installer.iso' });
  await expect(dialog.getByText('no such file')).toBeVisible();
  await forward(page);
  await expect(dialog.getByLabel('ISO image', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await chooseSource(page, { kind: 'iso', iso: 'relative.iso' });
  await forward(page);
  await expect(dialog.getByText('Enter an absolute path, starting with “/”.')).toBeVisible();

  await chooseSource(page, { kind: 'kernel', ...guest(), cmdline: 'console=ttyS0 quiet' });
  await forward(page);
  await forward(page);
  await fillResources(page, { name: 'taken', memoryMiB: 64 * 1024 * 1024, cpus: 0, diskGiB: 1 });
  await forward(page);
  await expect(dialog.getByText('A VM named “taken” already exists.')).toBeVisible();
  await expect(dialog.getByText(/More than this computer has/)).toBeVisible();
  await expect(dialog.getByText(/Enter a number from 1 to/)).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('field-errors.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const names = (JSON.parse((await cli(['list', '--json'])).stdout) as Array<{ name: string }>).map(
    (vm) => vm.name,
  );
  expect(names).toEqual(['taken']);
});

test('"Customize configuration before install" creates without booting and opens Hardware', async ({
  vireo,
}) => {
  const { page, cli } = vireo;
  await page.getByRole('button', { name: 'New VM' }).first().click();
  await chooseSource(page, { kind: 'kernel', ...guest(), cmdline: 'console=ttyS0 quiet' });
  await forward(page);
  await forward(page);
  await fillResources(page, { name: 'customized', memoryMiB: 256, cpus: 1, diskGiB: 1 });
  await forward(page);
  await wizard(page).getByRole('checkbox', { name: 'Customize configuration before install' }).check();
  await wizard(page).getByRole('button', { name: 'Create' }).click();
  await expect(wizard(page)).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Hardware' })).toHaveAttribute('aria-selected', 'true');
  await expect(vmOption(page, 'customized')).toContainText(/stopped/i);
  expect(JSON.parse((await cli(['status', 'customized', '--json'])).stdout)).toMatchObject({
    state: 'stopped',
  });
});
