import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePaths, type VireoPaths } from '../../electron/engine/paths';

export interface TempHome {
  dir: string;
  paths: VireoPaths;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/** A fresh VIREO_HOME with TCG forced: every test's VMs, sockets and logs live in it. */
export function createTempHome(prefix = 'vireo-test-', parent = tmpdir()): TempHome {
  const dir = mkdtempSync(join(parent, prefix));
  const env: NodeJS.ProcessEnv = { ...process.env, VIREO_HOME: dir, VIREO_ACCEL: 'tcg' };
  return { dir, env, paths: resolvePaths(env), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
