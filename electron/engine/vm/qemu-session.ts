import { EventEmitter } from 'node:events';
import { readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import { VireoError } from '../../../shared/errors';
import { writeJsonAtomic } from '../atomic-write';
import type { VmFiles } from '../paths';
import { isProcessAlive, processArgv, sendSignal, waitForExit } from '../process/process-info';
import { launchQemu } from '../process/qemu-launcher';
import { QmpClient } from '../qmp/qmp-client';
import type { QmpEvent } from '../qmp/qmp-types';
import { SerialPort } from './serial-port';

const runInfoSchema = z.object({
  pid: z.number(),
  startedAt: z.string(),
  accel: z.enum(['kvm', 'tcg']),
  /** hardwareFingerprint() of the config QEMU started with; unknown for a QEMU found by pidfile. */
  fingerprint: z.string().nullable().default(null),
});
export type RunInfo = z.infer<typeof runInfoSchema>;

type SessionEvents = { console: [string, Buffer]; exit: [] };

/**
 * One live QEMU process and the engine's connections to it (QMP, serial). It outlives the engine:
 * detach() lets go of the sockets and leaves QEMU running; a later engine attach()es again.
 */
export class QemuSession extends EventEmitter<SessionEvents> {
  private detached = false;
  private readonly consoles = new Map<string, SerialPort>();
  private exitReported = false;

  private constructor(
    readonly files: VmFiles,
    readonly info: RunInfo,
    readonly qmp: QmpClient,
  ) {
    super();
    qmp.on('close', () => void this.watchExit());
  }

  static async launch(options: {
    binary: string;
    argv: string[];
    files: VmFiles;
    accel: 'kvm' | 'tcg';
    fingerprint: string;
    consoles: string[];
    onEvent: (event: QmpEvent) => void;
  }): Promise<QemuSession> {
    const { pid, qmp } = await launchQemu({ ...options, onEvent: options.onEvent });
    const info: RunInfo = {
      pid,
      startedAt: new Date().toISOString(),
      accel: options.accel,
      fingerprint: options.fingerprint,
    };
    await writeJsonAtomic(options.files.runInfo, info);
    const session = new QemuSession(options.files, info, qmp);
    await session.connectConsoles(options.consoles);
    return session;
  }

  /**
   * Re-attaches to a QEMU left running by an earlier engine. Returns 'gone' when its process has
   * exited (or the pid now belongs to someone else), undefined when it never ran.
   */
  static async attach(
    files: VmFiles,
    uuid: string,
    consoles: string[],
    onEvent: (event: QmpEvent) => void,
  ): Promise<QemuSession | 'gone' | undefined> {
    const info = await readRunInfo(files);
    if (!info) return undefined;
    if (!(await isOurQemu(info.pid, uuid))) return 'gone';
    const qmp = await QmpClient.connect(files.qmpSocket, { connectTimeoutMs: 5000, onEvent });
    const reported = await qmp.execute('query-uuid');
    if (reported.UUID !== uuid) {
      qmp.close();
      return 'gone';
    }
    const session = new QemuSession(files, info, qmp);
    await session.connectConsoles(consoles).catch(() => undefined);
    return session;
  }

  /** The hardware changed live (a disk hot-plugged): QEMU now matches this config's fingerprint. */
  async updateFingerprint(fingerprint: string): Promise<void> {
    this.info.fingerprint = fingerprint;
    await writeJsonAtomic(this.files.runInfo, this.info);
  }

  get pid(): number {
    return this.info.pid;
  }

  async writeConsole(id: string, data: string): Promise<number> {
    const port = this.consoles.get(id);
    if (!port)
      throw new VireoError('INVALID_STATE', `this VM has no console "${id}" (serial off, or not configured)`);
    return port.write(data);
  }

  /** Backpressure: stop or restart reading a console while its slowest reader catches up. */
  setConsolePaused(id: string, paused: boolean): void {
    const port = this.consoles.get(id);
    if (paused) port?.pause();
    else port?.resume();
  }

  /** Lets go of QEMU's sockets; QEMU keeps running. */
  async detach(): Promise<void> {
    this.detached = true;
    this.qmp.close();
    await Promise.all([...this.consoles.values()].map((port) => port.close()));
  }

  /** Ask QEMU to quit, then SIGTERM, then SIGKILL, each with a grace period. */
  async terminate(graceMs = 3000): Promise<void> {
    await this.qmp.execute('quit', {}, { timeoutMs: graceMs }).catch(() => undefined);
    if (await waitForExit(this.pid, graceMs)) return;
    sendSignal(this.pid, 'SIGTERM');
    if (await waitForExit(this.pid, graceMs)) return;
    sendSignal(this.pid, 'SIGKILL');
    await waitForExit(this.pid, graceMs);
  }

  /** Removes the runtime folder once the process is gone. */
  async cleanup(): Promise<void> {
    await rm(this.files.runtimeDir, { recursive: true, force: true });
  }

  private async connectConsoles(ids: string[]): Promise<void> {
    for (const id of ids) {
      const port = await SerialPort.connect(this.files.consoleSocket(id));
      port.on('data', (chunk) => this.emit('console', id, chunk));
      this.consoles.set(id, port);
    }
  }

  private async watchExit(): Promise<void> {
    if (this.detached || this.exitReported) return;
    // QMP closes a moment before the process is reaped; wait for the process itself.
    while (!(await waitForExit(this.pid, 5000))) {
      if (this.detached) return;
    }
    this.exitReported = true;
    for (const port of this.consoles.values()) void port.close(0);
    this.emit('exit');
  }
}

/** run.json, or failing that (an engine killed mid-start) QEMU's own pidfile. */
async function readRunInfo(files: VmFiles): Promise<RunInfo | undefined> {
  try {
    return runInfoSchema.parse(JSON.parse(await readFile(files.runInfo, 'utf8')));
  } catch {
    // fall through to the pidfile
  }
  try {
    const pid = Number((await readFile(files.pidfile, 'utf8')).trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    const argv = (await processArgv(pid)) ?? [];
    const accel = argv[argv.indexOf('-accel') + 1] === 'kvm' ? 'kvm' : 'tcg';
    const { mtime } = await stat(files.pidfile);
    return { pid, startedAt: mtime.toISOString(), accel, fingerprint: null };
  } catch {
    return undefined;
  }
}

async function isOurQemu(pid: number, uuid: string): Promise<boolean> {
  if (!(await isProcessAlive(pid))) return false;
  const argv = await processArgv(pid);
  if (!argv) return false;
  const at = argv.indexOf('-uuid');
  return at !== -1 && argv[at + 1] === uuid;
}
