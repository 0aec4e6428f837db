import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requests } from '../../shared/contract';
import { resolvePaths } from './paths';
import { PreferencesStore } from './preferences-store';

let home: string;
let store: PreferencesStore;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'vireo-prefs-'));
  store = new PreferencesStore(resolvePaths({ VIREO_HOME: home }));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('preferences', () => {
  it('start at the defaults', async () => {
    expect(await store.load()).toEqual({
      shutDownVmsOnQuit: false,
      language: 'auto',
      theme: 'auto',
      diskFolder: '',
      qemuSystemPath: '',
      qemuImgPath: '',
      defaultAccel: 'auto',
      metricsIntervalSec: 1,
      metricsHistoryMinutes: 60,
      terminalScrollback: 10_000,
      sshUser: '',
    });
  });

  it('change only what a request names, through the contract schema', async () => {
    const first = requests['preferences.set'].params.parse({
      changes: { language: 'zh-CN', shutDownVmsOnQuit: true },
    });
    await store.update(first.changes);
    const second = requests['preferences.set'].params.parse({ changes: { theme: 'dark' } });
    expect(second.changes).toEqual({ theme: 'dark' });
    const expected = { shutDownVmsOnQuit: true, language: 'zh-CN', theme: 'dark', metricsIntervalSec: 1 };
    expect(await store.update(second.changes)).toMatchObject(expected);
    expect(await store.load()).toMatchObject(expected);
  });

  it('refuse unknown preferences and bad values', () => {
    const params = requests['preferences.set'].params;
    expect(params.safeParse({ changes: { colour: 'red' } }).success).toBe(false);
    expect(params.safeParse({ changes: { theme: 'sepia' } }).success).toBe(false);
  });
});
