import type { Locator, Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The VM list: a listbox whose options are named "NAME STATE". */
export function vmList(page: Page): Locator {
  return page.getByRole('listbox', { name: /^(Virtual machines|虚拟机)$/ });
}

/** One VM in the list, by its exact name (any state). */
export function vmOption(page: Page, name: string): Locator {
  return vmList(page).getByRole('option', { name: new RegExp(`^${escape(name)} `) });
}

/** A button of the main toolbar, which acts on the selected VM. */
export function toolbarButton(page: Page, name: string): Locator {
  return page
    .getByRole('toolbar', { name: /^(Virtual machine actions|虚拟机操作)$/ })
    .getByRole('button', { name, exact: true });
}

/** Force Off, then its confirmation. */
export async function forceOff(page: Page): Promise<void> {
  await toolbarButton(page, 'Force Off').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Force Off', exact: true }).click();
}
