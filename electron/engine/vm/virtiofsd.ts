import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { shareTransport, type VmConfig } from '../../../shared/vm-config';
import { VireoError } from '../../../shared/errors';
import type { VmFiles } from '../paths';
import { findExecutable } from '../qemu/capabilities';
import { waitUntilExists } from '../process/wait-for-file';

/** Where distributions put virtiofsd (Debian 12: QEMU's own C one, in qemu-system-common). */
const VIRTIOFSD_PATHS = ['/usr/lib/qemu/virtiofsd', '/usr/libexec/virtiofsd', '/usr/lib/virtiofsd'];

export async function findVirtiofsd(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.VIREO_VIRTIOFSD) return findExecutable('virtiofsd', env.VIREO_VIRTIOFSD, env);
  for (const path of VIRTIOFSD_PATHS) {
    const found = await findExecutable('virtiofsd', path, env);
    if (found) return found;
  }
  return findExecutable('virtiofsd', undefined, env);
}

/**
 * Whether this engine can serve shares with virtiofsd: it is installed and the engine runs as root
 * (QEMU 7.2's C virtiofsd sandboxes itself with namespaces and needs root).
 */
export async function virtiofsUsable(
  env: NodeJS.ProcessEnv,
  uid = process.getuid?.() ?? -1,
): Promise<boolean> {
  return uid === 0 && (await findVirtiofsd(env)) !== undefined;
}

/** The shares virtiofs serves (read-write ones: the C virtiofsd has no read-only mode); the rest go over 9p. */
export async function virtiofsTags(config: VmConfig, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (config.shares.length === 0) return [];
  const usable = await virtiofsUsable(env);
  return config.shares.filter((s) => shareTransport(s, usable) === 'virtiofs').map((s) => s.tag);
}

/**
 * Starts one virtiofsd per virtiofs share before QEMU. Each serves one vhost-user connection and
 * exits when its QEMU lets go, so it lives exactly as long as the VM, with or without the engine.
 * Returns how to stop them again, for a QEMU that then fails to start.
 */
export async function startVirtiofsd(
  config: VmConfig,
  tags: readonly string[],
  files: Pick<VmFiles, 'virtiofsSocket' | 'runtimeDir'>,
  env: NodeJS.ProcessEnv,
): Promise<() => void> {
  const started: number[] = [];
  const stop = () => {
    for (const pid of started) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  if (tags.length === 0) return stop;
  const binary = await findVirtiofsd(env);
  if (!binary)
    throw new VireoError('QEMU_MISSING', 'virtiofsd is not installed (Debian: qemu-system-common)');
  await mkdir(files.runtimeDir, { recursive: true, mode: 0o700 });
  for (const [index, share] of config.shares.entries()) {
    if (!tags.includes(share.tag)) continue;
    const socket = files.virtiofsSocket(index);
    await rm(socket, { force: true });
    const child = spawn(
      binary,
      [`--socket-path=${socket}`, '-o', `source=${share.hostPath}`, '-o', 'cache=auto', '-o', 'xattr'],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
    if (child.pid !== undefined) started.push(child.pid);
    if (!(await waitUntilExists(socket, 5000))) {
      stop();
      throw new VireoError('QEMU_FAILED', `virtiofsd did not start for the shared folder "${share.tag}"`);
    }
  }
  return stop;
}
