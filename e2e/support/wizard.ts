import { expect, type Locator, type Page } from '@playwright/test';

/** The New VM wizard dialog. */
export function wizard(page: Page): Locator {
  return page.getByRole('dialog', { name: 'New VM' });
}

export type InstallSource =
  | { kind: 'iso'; iso: string }
  | { kind: 'import'; disk: string }
  | { kind: 'kernel'; kernel: string; initrd: string; cmdline: string }
  | { kind: 'empty' }
  | ({ kind: 'cloud' } & CloudImage);

/** A cloud image source: the image (path or URL) and the first-boot answers, each typed when given. */
export interface CloudImage {
  image: string;
  sha256?: string;
  hostname?: string;
  user?: string;
  password?: string;
  /** One key a line. */
  keys?: string;
  packages?: string;
}

const sourceNames = {
  iso: 'Local install media (ISO)',
  import: 'Import existing disk image',
  kernel: 'Direct kernel boot',
  empty: 'Empty (no media)',
  cloud: 'Cloud image',
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
  if (source.kind === 'cloud') await fillCloudImage(page, source);
}

/** The Cloud image source's fields, by their labels; fields not given are left as they are. */
export async function fillCloudImage(page: Page, values: CloudImage): Promise<void> {
  const dialog = wizard(page);
  const fields: Array<[string, string | undefined]> = [
    ['Cloud image (file or URL)', values.image],
    ['SHA-256 (optional)', values.sha256],
    ['Host name', values.hostname],
    ['User name (optional)', values.user],
    ['Password (optional)', values.password],
    ['SSH public keys (optional)', values.keys],
    ['Packages to install (optional)', values.packages],
  ];
  for (const [label, value] of fields) {
    if (value !== undefined) await dialog.getByLabel(label, { exact: true }).fill(value);
  }
}

/** Step 2: searches the OS list and chooses the option with this name. */
export async function chooseOs(page: Page, query: string, name: string): Promise<void> {
  const dialog = wizard(page);
  await dialog.getByRole('combobox', { name: 'Operating system' }).fill(query);
  // An option's name also holds its vendor and short id: match the OS name part exactly.
  await dialog
    .getByRole('option')
    .filter({ has: page.getByText(name, { exact: true }) })
    .first()
    .click();
  await expect(dialog.getByRole('region', { name: 'Chosen operating system' })).toContainText(name);
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
