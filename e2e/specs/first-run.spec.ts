import { expect, test } from '../fixtures/vireo-test';

test.use({
  appEnv: { VIREO_QEMU: '/nonexistent/qemu-system-x86_64', VIREO_QEMU_IMG: '/nonexistent/qemu-img' },
});

test('with QEMU missing, a first-run screen says what to install, per distribution', async ({
  vireo,
}, testInfo) => {
  const { page } = vireo;
  await expect(page.getByRole('heading', { name: 'Vireo needs QEMU' })).toBeVisible();
  await expect(page.getByText('sudo apt install qemu-system-x86 qemu-utils', { exact: true })).toBeVisible();
  await expect(page.getByText('sudo dnf install qemu-system-x86 qemu-img', { exact: true })).toBeVisible();
  await expect(page.getByText('Not installed').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('first-run.png'), fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('toolbar', { name: 'Virtual machine actions' })).toBeVisible();
});
