import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { ContractClient } from '../../shared/contract';
import { connectControlSocket } from '../../electron/engine/control/control-client';
import { controlSocketPath } from '../../electron/engine/paths';
import { expect, test, type Vireo } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';
import { chooseOs, chooseSource, fillCloudImage, fillResources, forward, wizard } from '../support/wizard';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ana@laptop';

const interactive = 'button|textbox|combobox|checkbox|radio|option|listbox|spinbutton';

/** The interactive elements of the dialog's ARIA snapshot that have no accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const pattern = new RegExp(`^\\s*- (${interactive})(?:\\s*\\[[^\\]]*\\])*\\s*:?\\s*$`);
  return (await wizard(page).ariaSnapshot()).split('\n').filter((line) => pattern.test(line));
}

/** A contract client on the engine the page talks to (through its control socket). */
async function engineOf(vireo: Vireo, use: (client: ContractClient) => Promise<void>): Promise<void> {
  const client = await connectControlSocket(controlSocketPath(vireo.home.paths));
  if (!client) throw new Error('the engine does not answer on its control socket');
  try {
    await use(client);
  } finally {
    client.close();
  }
}

/** The page in the light and the dark theme (the app follows the system's while its theme is Auto). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Summary: ticks "Customize…" (creates without booting), creates, and waits for the Hardware tab. */
async function createWithoutBooting(page: Page, name: string): Promise<void> {
  const dialog = wizard(page);
  await dialog.getByRole('checkbox', { name: 'Customize configuration before install' }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('tab', { name: 'Hardware' })).toHaveAttribute('aria-selected', 'true');
  await expect(vmOption(page, name)).toContainText(/stopped/i);
}

test('Windows 11 gets UEFI with Secure Boot and a TPM 2.0 proposed, and created so', async ({
  vireo,
}, testInfo) => {
  const { page } = vireo;
  const dialog = wizard(page);
  await page.getByRole('button', { name: 'New VM' }).first().click();
  await chooseSource(page, { kind: 'empty' });
  await forward(page);

  await chooseOs(page, 'Windows 11', 'Microsoft Windows 11');
  const needs = 'Microsoft Windows 11 needs UEFI with Secure Boot and a TPM 2.0.';
  await expect(dialog.getByRole('region', { name: 'Chosen operating system' })).toContainText(needs);
  await forward(page);

  const firmware = dialog.getByRole('combobox', { name: 'Firmware' });
  const secureBoot = dialog.getByRole('checkbox', { name: 'Secure Boot' });
  const tpm = dialog.getByRole('checkbox', { name: 'TPM 2.0' });
  await expect(firmware).toHaveValue('uefi');
  await expect(secureBoot).toBeChecked();
  await expect(tpm).toBeChecked();
  await expect(dialog.getByText(needs, { exact: true })).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await tpm.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, '3-resources-win11');

  // Changing the proposal warns; BIOS hides Secure Boot; both come back.
  await tpm.uncheck();
  await expect(dialog.getByText(/its installer may refuse to continue/)).toBeVisible();
  await firmware.selectOption('bios');
  await expect(secureBoot).toBeHidden();
  await shoot(page, testInfo, '3-resources-changed');
  await firmware.selectOption('uefi');
  await expect(secureBoot).toBeChecked();
  await tpm.check();
  await expect(dialog.getByText(/its installer may refuse/)).toBeHidden();

  await fillResources(page, { name: 'win11', memoryMiB: 256, cpus: 1, diskGiB: 1 });
  await forward(page);
  const summary = dialog.locator('dl');
  await expect(summary).toContainText('UEFI with Secure Boot');
  await expect(summary).toContainText('TPM 2.0 (swtpm)');
  await shoot(page, testInfo, '4-summary-win11');
  await createWithoutBooting(page, 'win11');

  await engineOf(vireo, async (client) => {
    const { config } = await client.invoke('vm.get', { vm: 'win11' });
    expect(config).toMatchObject({
      firmware: 'uefi',
      secureBoot: true,
      tpm: true,
      os: { name: 'Microsoft Windows 11' },
    });
  });
});

test.describe('cloud image', () => {
  let dir: string;
  let image: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vireo-cloud-image-'));
    image = join(dir, 'tiny-cloud.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', image, '64M']);
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the wizard creates a VM on a local cloud image with a cloud-init seed', async ({
    vireo,
  }, testInfo) => {
    const { page } = vireo;
    const dialog = wizard(page);
    await page.getByRole('button', { name: 'New VM' }).first().click();
    await chooseSource(page, { kind: 'cloud', image, hostname: 'no_underscores', user: 'ana', keys: KEY });
    await expect(dialog.getByText(/^Found, qcow2 image, 64 MiB virtual size/)).toBeVisible();

    // A bad host name is marked on its field and keeps the wizard on this step.
    await forward(page);
    const hostname = dialog.getByLabel('Host name', { exact: true });
    await expect(hostname).toHaveAttribute('aria-invalid', 'true');
    await expect(hostname).toHaveAccessibleDescription(/1 to 63 letters, digits or hyphens/);
    await expect(hostname).toBeFocused();
    await expect(dialog.getByText('Step 1 of 4', { exact: true })).toBeVisible();
    await shoot(page, testInfo, '1-cloud-bad-hostname');

    await fillCloudImage(page, { image, hostname: 'seeded', password: 'hunter2', packages: 'htop' });
    await expect(hostname).not.toHaveAttribute('aria-invalid');
    expect(await unnamedControls(page)).toEqual([]);
    await shoot(page, testInfo, '1-cloud-source-bottom');
    await dialog.getByRole('radio', { name: 'Cloud image' }).scrollIntoViewIfNeeded();
    await shoot(page, testInfo, '1-cloud-source-top');
    await forward(page);
    await expect(dialog.getByText('Step 2 of 4', { exact: true })).toBeVisible();
    await forward(page);
    await expect(dialog.getByLabel('Disk size (GiB)')).toHaveAccessibleDescription(/grows to this size/);
    await fillResources(page, { name: 'cloudy', memoryMiB: 256, cpus: 1, diskGiB: 1 });
    await forward(page);

    const summary = dialog.locator('dl');
    await expect(summary).toContainText(image);
    await expect(summary).toContainText('seeded');
    await expect(summary).toContainText('ana (password: set; SSH keys: 1)');
    await expect(summary).toContainText('htop');
    await expect(summary).not.toContainText('hunter2');
    await shoot(page, testInfo, '4-summary-cloud');
    await createWithoutBooting(page, 'cloudy');

    await engineOf(vireo, async (client) => {
      const disks = await client.invoke('vm.disks', { vm: 'cloudy' });
      const disk0 = disks.find((disk) => disk.id === 'disk0');
      const seed0 = disks.find((disk) => disk.id === 'seed0');
      expect(disk0).toMatchObject({ format: 'qcow2', readOnly: false, problem: null });
      expect(disk0?.backingChain).toContain(image);
      // Grown to the disk size asked for (1 GiB), the image being smaller.
      expect(disk0?.virtualSizeBytes).toBe(2 ** 30);
      expect(seed0).toMatchObject({ readOnly: true, problem: null });
      const { config } = await client.invoke('vm.get', { vm: 'cloudy' });
      expect(config).toMatchObject({ firmware: 'bios', secureBoot: false, tpm: false });
    });
  });

  test('a cloud image URL is downloaded with progress, can be cancelled, and is checked against its SHA-256', async ({
    vireo,
  }, testInfo) => {
    const { page, home } = vireo;
    const dialog = wizard(page);
    const bytes = readFileSync(image);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const server = await slowServer(bytes);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tiny-cloud.qcow2`;
    try {
      await page.getByRole('button', { name: 'New VM' }).first().click();
      await chooseSource(page, { kind: 'cloud', image: url, sha256: '0'.repeat(64), user: 'ana', keys: KEY });
      await expect(dialog.getByText(/Vireo downloads the image when you create the VM/)).toBeVisible();
      await forward(page);
      await forward(page);
      await fillResources(page, { name: 'fetched', memoryMiB: 256, cpus: 1, diskGiB: 1 });
      await forward(page);
      await expect(dialog.locator('dl')).toContainText('Downloaded when the VM is created');
      await dialog.getByRole('checkbox', { name: 'Customize configuration before install' }).check();

      // Cancel stops the download: nothing is created, the wizard stays open.
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog.getByRole('status')).toContainText('Downloading the cloud image…');
      await page.screenshot({ path: testInfo.outputPath('5-downloading.png') });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog.getByRole('alert')).toContainText(/The VM was not created: .*cancelled/);
      await expect(dialog).toBeVisible();

      // A wrong SHA-256 is found once downloaded, and marked on its field.
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog.getByRole('status')).toContainText('Downloading the cloud image…');
      const shaField = dialog.getByLabel('SHA-256 (optional)', { exact: true });
      await expect(shaField).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 });
      await expect(shaField).toHaveAccessibleDescription(new RegExp(`SHA-256 is ${sha256}`));
      await expect(shaField).toBeFocused();
      await shoot(page, testInfo, '1-cloud-sha-mismatch');

      await shaField.fill(sha256);
      await forward(page);
      await forward(page);
      await forward(page);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog.getByRole('status')).toContainText('Downloading the cloud image…');
      await expect(dialog).toBeHidden({ timeout: 60_000 });
      await expect(vmOption(page, 'fetched')).toContainText(/stopped/i);
    } finally {
      server.close();
    }

    await engineOf(vireo, async (client) => {
      const disks = await client.invoke('vm.disks', { vm: 'fetched' });
      const base = disks.find((disk) => disk.id === 'disk0')?.backingChain[0] ?? '';
      expect(base.startsWith(join(home.paths.dataDir, 'bases'))).toBe(true);
      expect(createHash('sha256').update(readFileSync(base)).digest('hex')).toBe(sha256);
      expect(disks.find((disk) => disk.id === 'seed0')).toMatchObject({ readOnly: true });
    });
  });
});

/** Serves `bytes` at any path, slowly (about 3 s), with a Content-Length so progress is known. */
async function slowServer(bytes: Buffer): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    const chunks = 20;
    const size = Math.ceil(bytes.length / chunks);
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed) {
        clearInterval(timer);
        return;
      }
      response.write(bytes.subarray(sent, sent + size));
      sent += size;
      if (sent >= bytes.length) {
        clearInterval(timer);
        response.end();
      }
    }, 150);
    response.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
