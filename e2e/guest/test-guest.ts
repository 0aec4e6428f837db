import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cached test guest built by build-test-guest.sh (all paths absolute). */
export interface TestGuest {
  dir: string;
  kernel: string;
  initrd: string;
  iso: string;
  kernelVersion: string;
}

/** Printed on ttyS0 (and tty0) once init is up, just before the serial shell starts. */
export const GUEST_READY_MARKER = 'VIREO-GUEST-READY';
/** The serial shell's fixed prompt. */
export const GUEST_PROMPT = 'vireo-guest# ';
/** Printed on ttyS0 when the guest acts on the ACPI power button (not with `vireo.ignore_acpi`). */
export const GUEST_POWEROFF_MARKER = 'VIREO-GUEST-POWEROFF';

const BUILDER = join('e2e', 'guest', 'build-test-guest.sh');

/** The nearest ancestor of this module holding the builder script, i.e. the repo root. */
function repoRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, BUILDER))) return dir;
    if (dirname(dir) === dir) throw new Error(`no ${BUILDER} above ${here}`);
  }
}

/** Where the guest is cached: $VIREO_TEST_CACHE, else <repo>/.cache/test-guest. */
export function testGuestCacheDir(): string {
  // An empty VIREO_TEST_CACHE counts as unset.
  return resolve(process.env.VIREO_TEST_CACHE || join(repoRoot(), '.cache', 'test-guest'));
}

/** Builds the guest unless the cache is current (the script is a fast no-op then) and returns its paths. */
export function ensureTestGuest(): TestGuest {
  const dir = testGuestCacheDir();
  // The builder's progress goes to our stderr; its stdout would pollute a reporter's.
  execFileSync('bash', [join(repoRoot(), BUILDER), dir], { stdio: ['ignore', 2, 2] });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const field = (key: string): string => {
    const value = manifest[key];
    if (typeof value !== 'string' || value === '') throw new Error(`${dir}/manifest.json has no "${key}"`);
    return value;
  };
  return {
    dir,
    kernel: field('kernel'),
    initrd: field('initrd'),
    iso: field('iso'),
    kernelVersion: field('kernelVersion'),
  };
}
