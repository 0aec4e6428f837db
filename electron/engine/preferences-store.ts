import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preferencesSchema, type Preferences } from '../../shared/preferences';
import { writeJsonAtomic } from './atomic-write';
import type { VireoPaths } from './paths';

/** preferences.json in the config dir; a missing or unreadable file means the defaults. */
export class PreferencesStore {
  private readonly path: string;

  constructor(private readonly paths: VireoPaths) {
    this.path = join(paths.configDir, 'preferences.json');
  }

  async load(): Promise<Preferences> {
    try {
      return preferencesSchema.parse(JSON.parse(await readFile(this.path, 'utf8')));
    } catch {
      return preferencesSchema.parse({});
    }
  }

  async update(changes: Partial<Preferences>): Promise<Preferences> {
    const next = preferencesSchema.parse({ ...(await this.load()), ...changes });
    await mkdir(this.paths.configDir, { recursive: true, mode: 0o700 });
    await writeJsonAtomic(this.path, next);
    return next;
  }
}
