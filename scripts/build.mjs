// Builds everything users run: the Electron main/preload and the renderer (electron-vite → out/),
// and the CLI (esbuild → dist/cli.js, one ESM file; npm packages stay external).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const electronVite = fileURLToPath(
  new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url),
);
execFileSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

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
