/// <reference lib="dom" />
import { expect, test } from '../fixtures/vireo-test';
import { toolbarButton, vmOption } from '../support/main-window';

const looks = [
  { language: 'en', theme: 'light', start: 'Start', overview: 'Overview', newVm: 'New VM' },
  { language: 'en', theme: 'dark', start: 'Start', overview: 'Overview', newVm: 'New VM' },
  { language: 'zh-CN', theme: 'light', start: '启动', overview: '概况', newVm: '新建虚拟机' },
  { language: 'zh-CN', theme: 'dark', start: '启动', overview: '概况', newVm: '新建虚拟机' },
] as const;

test('language and theme change the whole window', async ({ vireo }, testInfo) => {
  const { page, cli, testGuestArgs } = vireo;
  expect((await cli(testGuestArgs('look'))).code).toBe(0);
  await vmOption(page, 'look').click();
  for (const look of looks) {
    await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption(look.language);
    await page.getByRole('combobox', { name: /^(Theme|主题)$/ }).selectOption(look.theme);
    await expect(page.locator('html')).toHaveAttribute('lang', look.language);
    await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);
    await expect(toolbarButton(page, look.start)).toBeVisible();
    await expect(page.getByRole('tab', { name: look.overview })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    const lightness = (r + g + b) / 3;
    if (look.theme === 'dark') expect(lightness).toBeLessThan(80);
    else expect(lightness).toBeGreaterThan(200);
    await page.screenshot({ path: testInfo.outputPath(`window-${look.language}-${look.theme}.png`) });
    await page.getByRole('button', { name: look.newVm }).first().click();
    await expect(page.getByRole('dialog', { name: look.newVm })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`wizard-${look.language}-${look.theme}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});
