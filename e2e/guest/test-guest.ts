import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cached test guest built by build-test-guest.sh (all paths absolute). */
export interface TestGuest {
  dir: string;
  /** Debian's cloud kernel: quick to boot, but without 9p, AHCI (q35's SATA/CD-ROM), USB or i6300esb drivers. */
  kernel: string;
  /** Works with either kernel. */
  initrd: string;
  /** Boots `kernel` (isolinux; also bootable as a disk image). */
  iso: string;
  kernelVersion: string;
  /**
   * Debian's generic kernel with the same initrd, for tests of the devices the cloud kernel has no drivers for
   * (9p shares, CD-ROMs/disks on q35's AHCI, USB storage, the i6300esb watchdog): boots ~4 s slower under TCG.
   * Spreads into a kernel boot like the top level: `guestKernelBoot(guest.full)`.
   */
  full: { kernel: string; initrd: string; kernelVersion: string };
}

/** Printed on ttyS0 (and tty0) once init is up, just before the serial shell starts. */
export const GUEST_READY_MARKER = 'VIREO-GUEST-READY';
/** The serial shell's fixed prompt. */
export const GUEST_PROMPT = 'vireo-guest# ';
/** Printed on ttyS0 when the guest acts on the ACPI power button (not with `vireo.ignore_acpi`). */
export const GUEST_POWEROFF_MARKER = 'VIREO-GUEST-POWEROFF';
/**
 * Printed on ttyS0 when the guest agent's guest-shutdown (any mode) is about to power off, reboot or halt the guest.
 * qemu-ga runs whenever QEMU gives the guest a virtio-serial port named org.qemu.guest_agent.0, unless the kernel
 * command line has `vireo.no_agent`.
 */
export const GUEST_AGENT_SHUTDOWN_MARKER = 'VIREO-GUEST-AGENT-SHUTDOWN';
/**
 * Printed on ttyS0 (and tty0), followed by the name, before GUEST_READY_MARKER when the guest found a cloud-init
 * NoCloud seed (an ISO9660 volume labelled `cidata` on a CD-ROM or virtio disk; left mounted on /mnt/cidata) and took
 * its meta-data's `local-hostname`.
 */
export const GUEST_CIDATA_HOSTNAME_MARKER = 'VIREO-CIDATA-HOSTNAME=';

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
    full: { kernel: field('fullKernel'), initrd: field('initrd'), kernelVersion: field('fullKernelVersion') },
  };
}
