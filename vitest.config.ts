import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'e2e/**/*.test.ts',
            'renderer/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', 'electron/shell/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        // The Electron shell, against a small fake `electron` module (the binary cannot run in CI).
        resolve: {
          alias: [
            {
              find: /^electron$/,
              replacement: fileURLToPath(new URL('./electron/shell/test/fake-electron.ts', import.meta.url)),
            },
          ],
        },
        test: { name: 'shell', include: ['electron/shell/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        test: {
          name: 'integration',
          // Real QEMU under TCG with the cached test guest; see e2e/guest/.
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', '**/*.solo.int.test.ts'],
          globalSetup: ['e2e/guest/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // Integration tests that measure CPU: after every other project, one file at a time.
          name: 'integration-solo',
          include: ['**/*.solo.int.test.ts'],
          exclude: ['node_modules/**'],
          globalSetup: ['e2e/guest/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
