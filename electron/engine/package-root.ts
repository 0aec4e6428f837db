import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Vireo's own folder (holding its package.json), from wherever this code was bundled to. */
export function packageRoot(from: string = import.meta.url): string {
  const start = dirname(fileURLToPath(from));
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'vireo'
    ) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no Vireo package.json above ${start}`);
  }
}

export const rendererDir = () => join(packageRoot(), 'out', 'renderer');
