import { defineConfig } from '@playwright/test';
import type { AppMode } from './fixtures/vireo-test';

/**
 * UI end-to-end tests in a real browser (Debian's Chromium; PLAYWRIGHT_CHROMIUM_PATH overrides)
 * against web mode, with real QEMU under TCG. The same specs run against the Electron app where an
 * Electron binary is installed (project "electron").
 */
export default defineConfig<{ appMode: AppMode }>({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  globalSetup: './fixtures/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [
    { name: 'web', use: { appMode: 'web' } },
    { name: 'electron', use: { appMode: 'electron' } },
  ],
});
