import { expect, test } from '../fixtures/vireo-test';
import { vmOption } from '../support/main-window';
import { chooseSource, wizard } from '../support/wizard';

const interactive =
  'button|link|textbox|searchbox|combobox|checkbox|radio|switch|tab|menuitem|option|listbox|spinbutton|slider';

/** Interactive elements in a Playwright ARIA snapshot that have no accessible name. */
function unnamed(snapshot: string): string[] {
  const pattern = new RegExp(`^\\s*- (${interactive})(?:\\s*\\[[^\\]]*\\])*\\s*:?\\s*$`);
  return snapshot.split('\n').filter((line) => pattern.test(line));
}

test('every interactive element of the main window and the wizard has a name', async ({ vireo }) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('named'))).code).toBe(0);
  await vmOption(page, 'named').click();
  const snapshots: Record<string, string> = {};
  for (const tab of ['Overview', 'Performance', 'Hardware', 'Log']) {
    await page.getByRole('tab', { name: tab }).click();
    snapshots[`main window, ${tab}`] = await page.locator('body').ariaSnapshot();
  }
  await page.getByRole('button', { name: 'New VM' }).first().click();
  for (const kind of ['iso', 'kernel'] as const) {
    await chooseSource(
      page,
      kind === 'iso' ? { kind, iso: '/tmp' } : { kind, kernel: '/tmp', initrd: '/tmp', cmdline: '' },
    );
    snapshots[`wizard, ${kind}`] = await wizard(page).ariaSnapshot();
  }
  for (const [where, snapshot] of Object.entries(snapshots)) {
    expect(snapshot, where).toMatch(new RegExp(`- (${interactive}) "`));
    expect(unnamed(snapshot), where).toEqual([]);
  }
});
