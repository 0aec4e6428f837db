import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

/** Opens a VM's Hardware tab at its Network section, in a window tall enough to show all of it. */
async function openNetwork(page: Page, vm: string) {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await vmOption(page, vm).click();
  await page.getByRole('tab', { name: 'Hardware' }).click();
  await showNetwork(page);
}

async function showNetwork(page: Page) {
  await page
    .getByRole('tablist', { name: 'Hardware' })
    .getByRole('tab', { name: /^Network/ })
    .click();
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const interactive = 'button|link|textbox|combobox|checkbox|radio|tab|option|listbox|spinbutton';

/** Interactive elements of a Playwright ARIA snapshot that have no accessible name. */
function unnamed(snapshot: string): string[] {
  const pattern = new RegExp(`^\\s*- (${interactive})(?:\\s*\\[[^\\]]*\\])*\\s*:?\\s*$`);
  return snapshot.split('\n').filter((line) => pattern.test(line));
}

test('a stopped VM is bridged onto a bridge the host lacks: saved, its start refused with the reason, and back to user mode', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  const args = testGuestArgs('lan');
  args[args.indexOf('--net') + 1] = 'user';
  expect((await cli([...args, '--forward', 'tcp:22223:22'])).code).toBe(0);
  const mac = (JSON.parse((await cli(['args', 'lan', '--json'])).stdout) as string[])
    .join(' ')
    .match(/"mac":"([0-9a-f:]{17})"/)?.[1];
  expect(mac).toBeDefined();
  await openNetwork(page, 'lan');

  const mode = page.getByRole('combobox', { name: 'Network source' });
  const forwards = page.getByRole('heading', { name: 'Port forwarding' });
  const preview = page.getByRole('region', { name: 'QEMU command line' }).first();
  const apply = page.getByRole('button', { name: 'Apply' });
  await expect(forwards).toBeVisible();

  // Bridged and back before applying: the forwards are kept for user mode.
  await mode.selectOption({ label: 'Bridged (host LAN)' });
  await expect(forwards).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'MAC address' })).toHaveValue(mac ?? '');
  await mode.selectOption({ label: 'User mode (NAT)' });
  await expect(page.getByRole('textbox', { name: 'Host port, rule 1' })).toHaveValue('22223');
  await mode.selectOption({ label: 'Bridged (host LAN)' });

  // This host may have bridges (a select) or none (a note on how bridges are made): type a name either way.
  const hostBridges = page.getByRole('combobox', { name: 'Bridge', exact: true });
  if ((await hostBridges.count()) > 0) await hostBridges.selectOption({ label: 'Another name…' });
  else await expect(page.getByText('No bridges on this host.')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Bridge name' });
  await name.fill('bad name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/A bridge name is 1–15 letters, digits/);
  await expect(apply).toBeDisabled();
  await name.fill('vireo-nobr');
  await expect(name).not.toHaveAttribute('aria-invalid');
  // Not a refusal: the engine refuses the start itself, with its own words.
  await expect(name).toHaveAccessibleDescription(/This host has no bridge named “vireo-nobr”/);
  await expect(preview).toContainText('bridge,id=hostnet0,br=vireo-nobr');
  expect(unnamed(await page.getByRole('tabpanel', { name: /^Network/ }).ariaSnapshot())).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('bridge-typed.png'), fullPage: true });
  await setTheme(page, 'dark');
  await page.screenshot({ path: testInfo.outputPath('bridge-typed-dark.png'), fullPage: true });
  await setTheme(page, 'light');

  await apply.click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  const argv = JSON.parse((await cli(['args', 'lan', '--json'])).stdout) as string[];
  const netdev = argv.indexOf('-netdev');
  expect(argv.slice(netdev, netdev + 2)).toEqual(['-netdev', 'bridge,id=hostnet0,br=vireo-nobr']);
  expect(argv.join(' ')).toContain(`"mac":"${mac}"`);
  expect(argv.join(' ')).not.toContain('hostfwd');

  await page.getByRole('tab', { name: 'Overview' }).click();
  const card = page.getByRole('region', { name: 'Network' });
  await expect(card).toContainText('Bridged (vireo-nobr)');
  await expect(card).toContainText(mac ?? '');
  await expect(card).not.toContainText('Port forwards');

  await toolbarButton(page, 'Start').click();
  await expect(page.getByRole('alert')).toContainText(
    'cannot join bridge "vireo-nobr": there is no network interface "vireo-nobr" on this host',
  );
  await expect(vmOption(page, 'lan')).toContainText(/stopped/i);
  expect(JSON.parse((await cli(['status', 'lan', '--json'])).stdout)).toMatchObject({ state: 'stopped' });
  await page.screenshot({ path: testInfo.outputPath('start-refused.png'), fullPage: true });

  // Back to user mode: the forwards table returns (the bridged config kept none), the card stays.
  await page.getByRole('tab', { name: 'Hardware' }).click();
  await showNetwork(page);
  await expect(page.getByRole('textbox', { name: 'Bridge name' })).toHaveValue('vireo-nobr');
  await mode.selectOption({ label: 'User mode (NAT)' });
  await expect(forwards).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bridge name' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add port forward' }).click();
  await page.getByRole('textbox', { name: 'Host port, rule 1' }).fill('22223');
  await page.getByRole('textbox', { name: 'Guest port, rule 1' }).fill('22');
  await apply.click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  const back = (JSON.parse((await cli(['args', 'lan', '--json'])).stdout) as string[]).join(' ');
  expect(back).toContain('hostfwd=tcp:127.0.0.1:22223-:22');
  expect(back).toContain(`"mac":"${mac}"`);
  expect(back).not.toContain('bridge,');
});

test('the host’s bridges are offered in a select, each with what stops a VM from joining it', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('lan2'))).code).toBe(0);
  const problem = '/etc/qemu/bridge.conf does not allow bridge "br0": add the line "allow br0"';
  let listed!: () => void;
  const bridgesListed = new Promise<void>((resolve) => (listed = resolve));
  await page.routeWebSocket(/./, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { id: number; method: string };
      if (frame.method === 'host.bridges') {
        socket.send(
          JSON.stringify({
            id: frame.id,
            result: [
              { name: 'br0', problem },
              { name: 'virbr0', problem: null },
            ],
          }),
        );
        listed();
      } else server.send(message);
    });
  });
  await page.reload();
  await openNetwork(page, 'lan2');
  // Bridged networking offers the first bridge a VM can join, from the list asked for on opening.
  await bridgesListed;

  await page.getByRole('combobox', { name: 'Network source' }).selectOption({ label: 'Bridged (host LAN)' });
  const bridge = page.getByRole('combobox', { name: 'Bridge', exact: true });
  await expect(bridge).toHaveValue('virbr0');
  await expect(page.getByText(problem)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Bridge name' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'MAC address' })).toHaveValue(/^52:54:00:/);
  await expect(page.getByRole('heading', { name: 'Port forwarding' })).toHaveCount(0);

  await bridge.selectOption('br0');
  await expect(bridge).toHaveAccessibleDescription(`The VM will not start on this bridge yet: ${problem}`);
  const preview = page.getByRole('region', { name: 'QEMU command line' }).first();
  await expect(preview).toContainText('bridge,id=hostnet0,br=br0');
  // A warning, not a refusal.
  await expect(page.getByRole('button', { name: 'Apply' })).toBeEnabled();
  expect(unnamed(await page.getByRole('tabpanel', { name: /^Network/ }).ariaSnapshot())).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('bridges-problem.png'), fullPage: true });
  await setTheme(page, 'dark');
  await page.screenshot({ path: testInfo.outputPath('bridges-problem-dark.png'), fullPage: true });

  await bridge.selectOption({ label: 'Another name…' });
  const name = page.getByRole('textbox', { name: 'Bridge name' });
  await expect(name).toHaveValue('br0');
  await name.fill('br1');
  await expect(name).toHaveAccessibleDescription(/This host has no bridge named “br1”/);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  const argv = JSON.parse((await cli(['args', 'lan2', '--json'])).stdout) as string[];
  expect(argv).toContain('bridge,id=hostnet0,br=br1');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('textbox', { name: '网桥名称' })).toHaveValue('br1');
  await page.screenshot({ path: testInfo.outputPath('bridges-zh-dark.png'), fullPage: true });
  await page.getByRole('tab', { name: '概况' }).click();
  await expect(page.getByRole('region', { name: '网络' })).toContainText('桥接（br1）');
  await page.screenshot({ path: testInfo.outputPath('overview-zh-dark.png'), fullPage: true });
});
