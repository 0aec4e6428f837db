import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Capabilities } from '../../../shared/capabilities';
import { VireoError } from '../../../shared/errors';
import { findUefiFirmware } from '../firmware/firmware-descriptors';
import { virtiofsUsable } from '../vm/virtiofsd';

const run = promisify(execFile);

export const QEMU_INSTALL_HINT =
  'install it: sudo apt install qemu-system-x86 qemu-utils (Debian/Ubuntu), ' +
  'sudo dnf install qemu-system-x86 qemu-img (Fedora), or brew install qemu (macOS)';

/** Finds an executable: an explicit path (from the environment) or the first match on PATH. */
export async function findExecutable(name: string, explicit: string | undefined, env = process.env) {
  const candidates = explicit ? [explicit] : (env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

async function versionOf(binary: string): Promise<string> {
  const { stdout } = await run(binary, ['--version'], { timeout: 10_000 });
  return /version (\d+\.\d+(?:\.\d+)?)/.exec(stdout)?.[1] ?? 'unknown';
}

async function kvmStatus(): Promise<Capabilities['kvm']> {
  try {
    await access('/dev/kvm', constants.R_OK | constants.W_OK);
    return { usable: true, reason: '/dev/kvm is readable and writable' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? {
          usable: false,
          reason: '/dev/kvm does not exist (no hardware virtualization, or kvm module not loaded)',
        }
      : { usable: false, reason: '/dev/kvm is not accessible: add your user to the "kvm" group' };
  }
}

async function machinesOf(binary: string): Promise<string[]> {
  const { stdout } = await run(binary, ['-machine', 'help'], { timeout: 10_000 });
  return stdout
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name.length > 0);
}

/** The accelerator VIREO_ACCEL forces, if any; it overrides every VM's own setting. */
export function forcedAccel(env = process.env): 'kvm' | 'tcg' | undefined {
  const value = env.VIREO_ACCEL;
  if (value === 'kvm' || value === 'tcg') return value;
  if (value === undefined || value === '' || value === 'auto') return undefined;
  throw new VireoError('INVALID_INPUT', `VIREO_ACCEL must be auto, kvm or tcg (got "${value}")`);
}

/** How to install QEMU, per system: the first-run screen shows these. */
export const installHints: Capabilities['installHints'] = [
  { system: 'Debian / Ubuntu', command: 'sudo apt install qemu-system-x86 qemu-utils' },
  { system: 'Fedora', command: 'sudo dnf install qemu-system-x86 qemu-img' },
  { system: 'Arch Linux', command: 'sudo pacman -S qemu-desktop' },
  { system: 'openSUSE', command: 'sudo zypper install qemu-x86 qemu-tools' },
  { system: 'macOS (Homebrew)', command: 'brew install qemu' },
];

/** QEMU binaries the user chose in Preferences (empty: PATH); the environment overrides them. */
export interface BinaryPreferences {
  qemuSystemPath: string;
  qemuImgPath: string;
}

export async function probeCapabilities(
  env = process.env,
  preferred: BinaryPreferences = { qemuSystemPath: '', qemuImgPath: '' },
): Promise<Capabilities> {
  const problems: string[] = [];
  const systemPath = await findExecutable(
    'qemu-system-x86_64',
    env.VIREO_QEMU || preferred.qemuSystemPath || undefined,
    env,
  );
  const imgPath = await findExecutable(
    'qemu-img',
    env.VIREO_QEMU_IMG || preferred.qemuImgPath || undefined,
    env,
  );
  if (!systemPath)
    problems.push(`QEMU is not installed: qemu-system-x86_64 was not found; ${QEMU_INSTALL_HINT}`);
  if (!imgPath) problems.push(`qemu-img was not found; ${QEMU_INSTALL_HINT}`);
  const kvm = await kvmStatus();
  const forced = forcedAccel(env);
  return {
    qemuSystem: systemPath ? { path: systemPath, version: await versionOf(systemPath) } : null,
    qemuImg: imgPath ? { path: imgPath, version: await versionOf(imgPath) } : null,
    kvm,
    defaultAccel: forced ?? (kvm.usable ? 'kvm' : 'tcg'),
    machines: systemPath ? await machinesOf(systemPath) : [],
    features: await optionalFeatures(env),
    problems,
    installHints,
  };
}

async function optionalFeatures(env: NodeJS.ProcessEnv): Promise<Capabilities['features']> {
  const found = (query: { secureBoot: boolean }) =>
    findUefiFirmware({ ...query, machine: 'q35' }).then(
      () => true,
      () => false,
    );
  return {
    uefi: await found({ secureBoot: false }),
    secureBoot: await found({ secureBoot: true }),
    tpm: (await findExecutable('swtpm', env.VIREO_SWTPM, env)) !== undefined,
    virtiofs: await virtiofsUsable(env),
  };
}

/** The accelerator a VM will start with. */
export function resolveAccel(configured: 'auto' | 'kvm' | 'tcg', caps: Capabilities, env = process.env) {
  const forced = forcedAccel(env);
  if (forced) return forced;
  if (configured === 'auto') return caps.kvm.usable ? 'kvm' : 'tcg';
  if (configured === 'kvm' && !caps.kvm.usable) {
    throw new VireoError('INVALID_STATE', `this VM needs KVM, which is not usable here: ${caps.kvm.reason}`);
  }
  return configured;
}

export function requireQemu(caps: Capabilities): { system: string; img: string } {
  if (!caps.qemuSystem || !caps.qemuImg) {
    throw new VireoError('QEMU_MISSING', caps.problems[0] ?? `QEMU is not installed; ${QEMU_INSTALL_HINT}`);
  }
  return { system: caps.qemuSystem.path, img: caps.qemuImg.path };
}
