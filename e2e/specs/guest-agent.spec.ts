import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';

/** A create command for the test guest with user-mode networking (so it gets 10.0.2.15 by DHCP). */
const withUserNetwork = (args: string[]) => args.map((arg, i) => (args[i - 1] === '--net' ? 'user' : arg));

async function chartLast(chart: Locator): Promise<Record<string, number | null>> {
  const text = await chart.getAttribute('data-last');
  return text ? (JSON.parse(text) as Record<string, number | null>) : {};
}

test('Overview shows what the guest agent says (OS, hostname, IP); the network chart has traffic in user mode', async ({
  vireo,
}, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(withUserNetwork(testGuestArgs('agent')))).code).toBe(0);
  expect((await cli(['start', 'agent'])).code).toBe(0);
  await vmOption(page, 'agent').click();

  const card = page.getByRole('region', { name: 'Guest agent' });
  await expect(card.getByText('Connected')).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText('Vireo Test Guest 1')).toBeVisible();
  await expect(card.getByText('vireo-guest')).toBeVisible();
  // DHCP may finish after the agent connects: the card asks again every 10 s.
  await expect(card.getByTestId('guest-addresses')).toContainText('10.0.2.15', { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('overview-agent.png') });

  expect(
    (await cli(['serial', 'agent', '--send', 'ping -c 30 -i 0.2 10.0.2.2 >/dev/null 2>&1 &'])).code,
  ).toBe(0);
  await page.getByRole('tab', { name: 'Performance' }).click();
  const network = page.locator('[data-chart="network"]');
  await expect
    .poll(async () => (await chartLast(network)).netRx ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect(page.getByText(/User-mode networking has no host-side counters/)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('performance-network.png') });
});

test('Overview says what an agent would add, and how to install it, when none answers', async ({ vireo }) => {
  const { page, cli, testGuestArgs } = vireo;
  const args = testGuestArgs('no-agent').map((arg, i, all) =>
    all[i - 1] === '--append' ? `${arg} vireo.no_agent` : arg,
  );
  expect((await cli(args)).code).toBe(0);
  expect((await cli(['start', 'no-agent'])).code).toBe(0);
  await expect
    .poll(async () => (await cli(['serial', 'no-agent'])).stdout, { timeout: 60_000 })
    .toContain('vireo-guest# ');
  await vmOption(page, 'no-agent').click();
  const card = page.getByRole('region', { name: 'Guest agent' });
  await expect(card.getByText('No guest agent answers yet.')).toBeVisible();
  await expect(card.getByText('sudo apt install qemu-guest-agent')).toBeVisible();
});
