import type { Locator, Page } from '@playwright/test';

/** The New VM wizard dialog. */
export function wizard(page: Page): Locator {
  return page.getByRole('dialog', { name: 'New VM' });
}

export type InstallSource =
  | { kind: 'iso'; iso: string }
  | { kind: 'import'; disk: string }
  | { kind: 'kernel'; kernel: string; initrd: string; cmdline: string }
  | { kind: 'empty' };

const sourceNames = {
  iso: 'Local install media (ISO)',
  import: 'Import existing disk image',
  kernel: 'Direct kernel boot',
  empty: 'Empty (no media)',
} as const;

/** Step 1: picks the install source and types its paths (web mode has no file picker). */
export async function chooseSource(page: Page, source: InstallSource): Promise<void> {
  const dialog = wizard(page);
  await dialog.getByRole('radio', { name: sourceNames[source.kind] }).check();
  if (source.kind === 'iso') await dialog.getByLabel('ISO image', { exact: true }).fill(source.iso);
  if (source.kind === 'import') await dialog.getByLabel('Disk image', { exact: true }).fill(source.disk);
  if (source.kind === 'kernel') {
    await dialog.getByLabel('Kernel', { exact: true }).fill(source.kernel);
    await dialog.getByLabel('Initrd (optional)').fill(source.initrd);
    await dialog.getByLabel('Kernel command line (optional)').fill(source.cmdline);
  }
}

/** Step 3: the resources, by their labels. */
export async function fillResources(
  page: Page,
  values: { name: string; memoryMiB?: number; cpus?: number; diskGiB?: number },
): Promise<void> {
  const dialog = wizard(page);
  await dialog.getByLabel('Name', { exact: true }).fill(values.name);
  if (values.memoryMiB !== undefined) await dialog.getByLabel('Memory (MiB)').fill(String(values.memoryMiB));
  if (values.cpus !== undefined) await dialog.getByLabel('CPUs', { exact: true }).fill(String(values.cpus));
  if (values.diskGiB !== undefined) await dialog.getByLabel('Disk size (GiB)').fill(String(values.diskGiB));
}

export function forward(page: Page): Promise<void> {
  return wizard(page).getByRole('button', { name: 'Forward' }).click();
}
