import { createHash } from 'node:crypto';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/** Where Vireo keeps things. VIREO_HOME, when set, overrides every path (tests, portable installs). */
export interface VireoPaths {
  /** VM folders (config.json, disks, logs): dataDir/vms/<uuid>/ */
  dataDir: string;
  /** Preferences. */
  configDir: string;
  /** Sockets and pidfiles, mode 0700; short-lived. */
  runtimeDir: string;
  cacheDir: string;
}

// sun_path is 108 bytes on Linux; the longest socket we make is <runtime>/vms/<uuid>/serial.sock.
const SUN_PATH_MAX = 107;
const LONGEST_SOCKET_SUFFIX = '/vms/00000000-0000-0000-0000-000000000000/serial.sock'.length;

export function resolvePaths(env: NodeJS.ProcessEnv = process.env): VireoPaths {
  const home = env.VIREO_HOME ? resolve(env.VIREO_HOME) : undefined;
  const userHome = env.HOME || homedir();
  const dataDir = home
    ? join(home, 'data')
    : join(env.XDG_DATA_HOME || join(userHome, '.local/share'), 'vireo');
  const configDir = home
    ? join(home, 'config')
    : join(env.XDG_CONFIG_HOME || join(userHome, '.config'), 'vireo');
  const cacheDir = home ? join(home, 'cache') : join(env.XDG_CACHE_HOME || join(userHome, '.cache'), 'vireo');
  const preferredRuntime = home
    ? join(home, 'run')
    : env.XDG_RUNTIME_DIR
      ? join(env.XDG_RUNTIME_DIR, 'vireo')
      : undefined;
  const runtimeDir =
    preferredRuntime && Buffer.byteLength(preferredRuntime) + LONGEST_SOCKET_SUFFIX <= SUN_PATH_MAX
      ? preferredRuntime
      : shortRuntimeDir(dataDir);
  return { dataDir, configDir, runtimeDir, cacheDir };
}

/** A runtime dir short enough for unix socket paths, unique per data dir and user. */
function shortRuntimeDir(dataDir: string): string {
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return join(tmpdir(), `vireo-${userInfo().uid}-${digest}`);
}

export const vmsDir = (paths: VireoPaths) => join(paths.dataDir, 'vms');
export const vmDataDir = (paths: VireoPaths, uuid: string) => join(paths.dataDir, 'vms', uuid);
export const vmRuntimeDir = (paths: VireoPaths, uuid: string) => join(paths.runtimeDir, 'vms', uuid);
export const controlSocketPath = (paths: VireoPaths) => join(paths.runtimeDir, 'control.sock');

export const NVRAM_FILE = 'nvram.qcow2';

/** Files of one VM, in its data folder and its runtime folder. */
export function vmFiles(paths: VireoPaths, uuid: string) {
  const data = vmDataDir(paths, uuid);
  const run = vmRuntimeDir(paths, uuid);
  return {
    dataDir: data,
    config: join(data, 'config.json'),
    qemuLog: join(data, 'qemu.log'),
    previousQemuLog: join(data, 'qemu.log.1'),
    serialLog: join(data, 'serial.log'),
    lastExit: join(data, 'last-exit.json'),
    timeline: join(data, 'events.jsonl'),
    runtimeDir: run,
    pidfile: join(run, 'qemu.pid'),
    qmpSocket: join(run, 'qmp.sock'),
    serialSocket: join(run, 'serial.sock'),
    vncSocket: join(run, 'vnc.sock'),
    /** A text console's socket and log: serial0 is serial.sock/serial.log, others by id. */
    consoleSocket: (id: string) => join(run, id === 'serial0' ? 'serial.sock' : `${id}.sock`),
    consoleLog: (id: string) => join(data, id === 'serial0' ? 'serial.log' : `${id}.log`),
    screendump: join(run, 'screendump.png'),
    /** QEMU's end of the guest agent's virtio-serial channel. */
    agentSocket: join(run, 'qga.sock'),
    /** The UEFI variable store, made from the firmware's template (qcow2). */
    nvram: join(data, NVRAM_FILE),
    /** Which firmware template the store was made from. */
    nvramInfo: join(data, 'nvram.json'),
    /** swtpm's state (the TPM's keys and NVRAM), its control socket, pidfile and log. */
    tpmState: join(data, 'tpm'),
    tpmSocket: join(run, 'swtpm.sock'),
    tpmPidfile: join(run, 'swtpm.pid'),
    tpmLog: join(data, 'swtpm.log'),
    /** The vhost-user socket of a shared folder's virtiofsd. */
    virtiofsSocket: (index: number) => join(run, `vfs${index}.sock`),
    runInfo: join(run, 'run.json'),
    /** Written before the engine ends QEMU on purpose, so an engine dying meanwhile is no crash. */
    exitIntent: join(run, 'exit-intent.json'),
    /** The VM's memory saved by "Save" (restored by the next start), and what it was saved from. */
    savedState: join(data, 'saved-state.bin'),
    savedStateInfo: join(data, 'saved-state.json'),
    /** Where QEMU's migration stream flows to or from the engine while saving or restoring. */
    migrateSocket: join(run, 'migrate.sock'),
  };
}
export type VmFiles = ReturnType<typeof vmFiles>;
