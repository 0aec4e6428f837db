// Builds the CLI into dist/cli.js (one ESM file; npm packages stay external).
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/entry.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
