import { expect, test } from '../fixtures/vireo-test';
import { vmList, vmOption } from '../support/main-window';

test.use({ seedVms: 500 });

test('a 500-VM list renders, scrolls, filters and keeps only what is visible in the page', async ({
  vireo,
}) => {
  const { page } = vireo;
  const list = vmList(page);
  await expect(vmOption(page, 'bench-vm-000')).toBeVisible();
  await expect(page.getByText('500', { exact: true }).first()).toBeVisible();
  // Virtualized: far fewer options in the page than VMs.
  expect(await list.getByRole('option').count()).toBeLessThan(100);
  await vmOption(page, 'bench-vm-000').click();
  await page.keyboard.press('End');
  await expect(vmOption(page, 'bench-vm-499')).toBeVisible();
  await expect(vmOption(page, 'bench-vm-499')).toHaveAttribute('aria-selected', 'true');
  await expect(vmOption(page, 'bench-vm-000')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('bench-vm-25');
  await expect(list.getByRole('option')).toHaveCount(10);
});
