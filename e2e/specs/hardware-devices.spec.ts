import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

/** Opens a VM's Hardware tab at one section, in a window tall enough to show a whole section. */
async function openSection(page: Page, vm: string, section: RegExp) {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await vmOption(page, vm).click();
  await page.getByRole('tab', { name: 'Hardware' }).click();
  await showSection(page, section);
}

async function showSection(page: Page, section: RegExp) {
  await page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab', { name: section }).click();
}

const interactive = 'button|link|textbox|combobox|checkbox|radio|tab|option|listbox|spinbutton';

/** Interactive elements of a Playwright ARIA snapshot that have no accessible name. */
function unnamed(snapshot: string): string[] {
  const pattern = new RegExp(`^\\s*- (${interactive})(?:\\s*\\[[^\\]]*\\])*\\s*:?\\s*$`);
  return snapshot.split('\n').filter((line) => pattern.test(line));
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('a stopped VM gets UEFI, Secure Boot and a TPM, its UEFI variables reset, and a shared folder', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs, home } = vireo;
  expect((await cli(testGuestArgs('fw'))).code).toBe(0);
  await openSection(page, 'fw', /^Firmware/);

  const firmware = page.getByRole('combobox', { name: 'Firmware' });
  const chipset = page.getByRole('combobox', { name: 'Chipset' });
  const secureBoot = page.getByRole('checkbox', { name: 'Secure Boot' });
  const reset = page.getByRole('button', { name: 'Reset UEFI variables…' });
  await expect(secureBoot).toBeDisabled();
  await expect(page.getByText('Secure Boot needs UEFI firmware on the Q35 chipset.')).toBeVisible();
  await expect(reset).toBeDisabled();

  await firmware.selectOption('uefi');
  await expect(secureBoot).toBeEnabled();
  await chipset.selectOption('pc');
  await expect(secureBoot).toBeDisabled();
  await chipset.selectOption('q35');
  await secureBoot.check();
  await page.getByRole('checkbox', { name: 'TPM 2.0' }).check();
  const preview = page.getByRole('region', { name: 'QEMU command line' }).first();
  await expect(preview).toContainText('pflash1');
  await expect(preview).toContainText('tpm-tis');
  await page.screenshot({ path: testInfo.outputPath('firmware-draft.png'), fullPage: true });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  const argv = (await cli(['args', 'fw'])).stdout;
  expect(argv).toContain('pflash0');
  expect(argv).toContain('driver=cfi.pflash01,property=secure,value=on');
  expect(argv).toContain('tpm-tis');

  // Saved with UEFI and stopped: its variables can be reset, after a confirmation.
  await expect(reset).toBeEnabled();
  await reset.click();
  const confirm = page.getByRole('dialog', { name: 'Reset the UEFI variables?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByText('The UEFI variables were reset.')).toBeVisible();

  // A shared folder, named after its folder, with the command a Linux guest mounts it with.
  const folder = join(home.dir, 'project files');
  mkdirSync(folder);
  await showSection(page, /^Shared folders/);
  await expect(page.getByText('No shared folders.')).toBeVisible();
  await page.getByRole('button', { name: 'Add shared folder' }).click();
  await page.getByRole('textbox', { name: 'Host folder' }).fill(join(home.dir, 'missing'));
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(/is not a folder/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Host folder' }).fill(folder);
  await expect(page.getByRole('textbox', { name: 'Mount tag' })).toHaveValue('project_files');
  await page.getByRole('checkbox', { name: 'Read-only' }).check();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const shares = page.getByRole('list', { name: 'Shared folders' });
  await expect(shares.getByRole('listitem')).toHaveCount(1);
  await expect(shares).toContainText(folder);
  await expect(shares).toContainText('read-only');
  await expect(shares).toContainText(
    'sudo mkdir -p /mnt/project_files && sudo mount -t 9p -o trans=virtio,version=9p2000.L project_files /mnt/project_files',
  );
  await expect(page.getByRole('button', { name: 'Copy the mount command of project_files' })).toBeVisible();
  expect(JSON.parse((await cli(['share', 'fw', 'list', '--json'])).stdout)).toEqual([
    { tag: 'project_files', hostPath: folder, readOnly: true },
  ]);
  expect((await cli(['args', 'fw'])).stdout).toContain('"mount_tag":"project_files"');
  await page.screenshot({ path: testInfo.outputPath('shares-light.png'), fullPage: true });
  await setTheme(page, 'dark');
  await page.screenshot({ path: testInfo.outputPath('shares-dark.png'), fullPage: true });
  await showSection(page, /^Firmware/);
  await page.screenshot({ path: testInfo.outputPath('firmware-dark.png'), fullPage: true });

  await showSection(page, /^Shared folders/);
  await page.getByRole('button', { name: 'Remove shared folder project_files' }).click();
  await expect(page.getByText('No shared folders.')).toBeVisible();
  expect(JSON.parse((await cli(['share', 'fw', 'list', '--json'])).stdout)).toEqual([]);

  // The watchdog (Advanced) and the guest agent channel go through the draft like the rest.
  await showSection(page, /^Advanced/);
  await page.getByRole('combobox', { name: 'Model' }).selectOption('i6300esb');
  await page.getByRole('combobox', { name: 'When the guest stops responding' }).selectOption('poweroff');
  await showSection(page, /^Guest agent/);
  await page.getByRole('checkbox', { name: 'Guest agent channel (qemu-guest-agent)' }).uncheck();
  await expect(preview).not.toContainText('org.qemu.guest_agent.0');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  const saved = (await cli(['args', 'fw'])).stdout;
  expect(saved).toContain('"driver":"i6300esb"');
  expect(saved).toContain('watchdog=poweroff');
  expect(saved).not.toContain('qga0');
  await showSection(page, /^Advanced/);
  await page.screenshot({ path: testInfo.outputPath('advanced-dark.png'), fullPage: true });
  await setTheme(page, 'light');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('tablist', { name: '硬件' }).getByRole('tab', { name: /^固件/ }).click();
  await page.screenshot({ path: testInfo.outputPath('firmware-zh.png'), fullPage: true });
});

test('a running VM gets a vCPU and a USB stick at once, and lets the stick go', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs, home } = vireo;
  expect((await cli([...testGuestArgs('live'), '--max-cpus', '3', '--max-memory', '1024'])).code).toBe(0);
  const stick = join(home.dir, 'stick.img');
  writeFileSync(stick, Buffer.alloc(4 * 1024 * 1024));
  await openSection(page, 'live', /^CPUs/);
  await expect(
    page.getByRole('textbox', { name: 'Maximum vCPU count (for adding while running)' }),
  ).toHaveValue('3');
  await expect(page.getByRole('button', { name: 'Add a vCPU' })).toHaveCount(0);

  await toolbarButton(page, 'Start').click();
  await expect(vmOption(page, 'live')).toContainText(/running/i);
  const now = page.getByText(/^vCPUs now:/);
  await expect(now).toHaveText('vCPUs now: 1 (at most 3)');
  await page.getByRole('button', { name: 'Add a vCPU' }).click();
  await expect(now).toHaveText('vCPUs now: 2 (at most 3)');
  await expect(page.getByRole('textbox', { name: 'vCPUs', exact: true })).toHaveValue('2');
  expect(JSON.parse((await cli(['status', 'live', '--json'])).stdout)).toMatchObject({
    state: 'running',
    vcpus: 2,
    needsRestart: false,
  });
  await expect(page.getByText('No unsaved changes.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('vcpu-added.png'), fullPage: true });

  // Memory too: a 128 MiB step, plugged in at once.
  await showSection(page, /^Memory/);
  await expect(page.getByRole('checkbox', { name: 'Allow adding memory while running' })).toBeChecked();
  const memory = page.getByText(/^Memory now:/);
  await expect(memory).toHaveText('Memory now: 256 MiB (at most 1 GiB)');
  await page.getByRole('combobox', { name: 'Memory to add' }).selectOption('256');
  await page.getByRole('button', { name: 'Add memory' }).click();
  await expect(memory).toHaveText('Memory now: 512 MiB (at most 1 GiB)');
  await expect(page.getByRole('textbox', { name: 'Memory (MiB)', exact: true })).toHaveValue('512');
  expect(JSON.parse((await cli(['status', 'live', '--json'])).stdout)).toMatchObject({
    memoryMiB: 512,
    needsRestart: false,
  });
  await page.screenshot({ path: testInfo.outputPath('memory-added.png'), fullPage: true });
  await showSection(page, /^Guest agent/);
  await expect(page.getByText('Waiting for the guest agent', { exact: false })).toBeVisible();

  await showSection(page, /^USB/);
  await expect(page.getByText('No USB devices are attached.')).toBeVisible();
  await expect(page.getByText('No USB devices found on this host.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Image file (raw or qcow2)' }).fill(stick);
  // Straight from typing to the button: the path check leaving the field starts moves nothing.
  await page.getByRole('button', { name: 'Attach as USB stick' }).click();
  const attached = page.getByRole('list', { name: 'Attached to this VM' });
  await expect(attached.getByRole('listitem')).toHaveCount(1);
  await expect(attached).toContainText('stick.img');
  await expect(attached).toContainText(stick);
  const listed = JSON.parse((await cli(['usb', 'live', 'list', '--json'])).stdout) as {
    attached: Array<{ id: string; kind: string; path?: string }>;
  };
  expect(listed.attached).toEqual([{ kind: 'storage', id: 'usb0', path: stick, readOnly: false }]);
  expect(JSON.parse((await cli(['status', 'live', '--json'])).stdout)).toMatchObject({ needsRestart: false });
  await page.screenshot({ path: testInfo.outputPath('usb-light.png'), fullPage: true });
  await setTheme(page, 'dark');
  await page.screenshot({ path: testInfo.outputPath('usb-dark.png'), fullPage: true });
  await showSection(page, /^CPUs/);
  await page.screenshot({ path: testInfo.outputPath('cpu-dark.png'), fullPage: true });
  await setTheme(page, 'light');
  await showSection(page, /^USB/);

  await page.getByRole('button', { name: 'Detach stick.img' }).click();
  await expect(page.getByText('No USB devices are attached.')).toBeVisible();
  const after = JSON.parse((await cli(['usb', 'live', 'list', '--json'])).stdout) as { attached: unknown[] };
  expect(after.attached).toEqual([]);

  // Every control of every section has a name, with the running VM's live controls shown.
  const tabs = page.getByRole('tablist', { name: 'Hardware' }).getByRole('tab');
  for (let index = 0; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    const snapshot = await page.locator('.hw').ariaSnapshot();
    expect(snapshot).toMatch(new RegExp(`- (${interactive}) "`));
    expect(unnamed(snapshot), await tabs.nth(index).innerText()).toEqual([]);
  }
});

test('the host’s USB devices are listed with Attach, or why they cannot be, and a refusal shows inline', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('usbhost'))).code).toBe(0);
  // This host has no USB bus: the page's answer to host.usbDevices is replaced by two devices,
  // everything else goes to the real engine (which knows no such devices when asked to attach one).
  const device = (address: number, accessible: boolean) => ({
    id: `1:${address}`,
    bus: 1,
    address,
    vendorId: accessible ? '046d' : '0781',
    productId: accessible ? 'c52b' : '5581',
    vendorName: accessible ? 'Logitech, Inc.' : 'SanDisk Corp.',
    productName: accessible ? 'Unifying Receiver' : 'Ultra',
    devicePath: `/dev/bus/usb/001/00${address}`,
    accessible,
    ...(accessible ? {} : { hint: 'add this user to the plugdev group, or add a udev rule' }),
  });
  await page.routeWebSocket(/./, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { id: number; method: string };
      if (frame.method === 'host.usbDevices') {
        socket.send(JSON.stringify({ id: frame.id, result: [device(4, true), device(5, false)] }));
      } else server.send(message);
    });
  });
  await page.reload();
  await openSection(page, 'usbhost', /^USB/);
  const host = page.getByRole('list', { name: 'USB devices on this host' });
  await expect(host.getByRole('listitem')).toHaveCount(2);
  await expect(host).toContainText('046d:c52b · bus 1, device 4');
  const locked = page.getByRole('button', { name: 'Attach SanDisk Corp. Ultra' });
  await expect(locked).toBeDisabled();
  await expect(locked).toHaveAccessibleDescription('add this user to the plugdev group, or add a udev rule');
  await page.getByRole('button', { name: 'Attach Logitech, Inc. Unifying Receiver' }).click();
  await expect(page.getByRole('alert')).toContainText('no USB device at 1:4 on this host');
  await page.screenshot({ path: testInfo.outputPath('usb-host.png'), fullPage: true });
});
