#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'vireo: the CLI is not built yet; run `npm install` (or `npm run build`) in the Vireo folder\n',
  );
  process.exit(1);
}
await import(built);
