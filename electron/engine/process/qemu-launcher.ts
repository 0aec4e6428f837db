import { spawn } from 'node:child_process';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import { VireoError } from '../../../shared/errors';
import { shellQuote } from '../../../shared/shell-quote';
import type { VmFiles } from '../paths';
import { QmpClient } from '../qmp/qmp-client';
import type { QmpEvent } from '../qmp/qmp-types';
import { readLogTail } from './log-tail';

export interface LaunchedQemu {
  pid: number;
  qmp: QmpClient;
}

export interface LaunchOptions {
  binary: string;
  argv: string[];
  files: VmFiles;
  /** Receives QMP events from the very first frame, so none is lost during start. */
  onEvent: (event: QmpEvent) => void;
  timeoutMs?: number;
}

/**
 * Starts QEMU detached from us (its own session, stdio to qemu.log), so it outlives the engine.
 * QEMU 7.2's own -daemonize cannot be combined with -sandbox spawn=deny/elevateprivileges=deny
 * (it dies with SIGSYS), so we daemonize it ourselves. A shell sets umask 0177 and execs QEMU
 * (same pid), so every socket and file QEMU creates is 0600 from birth.
 * Resolves once QMP has completed its handshake; rejects with the log tail if QEMU exits first.
 */
export async function launchQemu(options: LaunchOptions): Promise<LaunchedQemu> {
  const { files } = options;
  await prepareRuntimeDir(files);
  await rename(files.qemuLog, files.previousQemuLog).catch(() => undefined);
  const log = await open(files.qemuLog, 'a', 0o600);
  await log.write(
    `${new Date().toISOString()} vireo: starting ${shellQuote([options.binary, ...options.argv])}\n`,
  );
  const child = spawn('/bin/sh', ['-c', 'umask 177 && exec "$0" "$@"', options.binary, ...options.argv], {
    detached: true,
    stdio: ['ignore', log.fd, log.fd],
  });
  await log.close();
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new VireoError('QEMU_FAILED', `could not run ${options.binary}`);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  child.once('error', () => {
    exited = { code: null, signal: null };
  });

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited) break;
    const qmp = await tryConnect(files.qmpSocket, options.onEvent);
    if (qmp) {
      await chmod(files.qmpSocket, 0o600).catch(() => undefined);
      return { pid, qmp };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!exited) child.kill('SIGKILL');
  const tail = await readLogTail(files.qemuLog, 20);
  const why = exited
    ? `QEMU exited ${exited.signal ? `on ${exited.signal}` : `with status ${exited.code}`}`
    : 'QEMU did not open its QMP socket in time';
  const lastError = tail.filter((line) => !line.includes('vireo: starting')).at(-1);
  throw new VireoError('QEMU_FAILED', lastError ? `${why}: ${stripTimestamp(lastError)}` : why, {
    logTail: tail,
  });
}

async function tryConnect(path: string, onEvent: (event: QmpEvent) => void): Promise<QmpClient | undefined> {
  try {
    return await QmpClient.connect(path, { connectTimeoutMs: 5000, onEvent });
  } catch {
    return undefined;
  }
}

async function prepareRuntimeDir(files: VmFiles): Promise<void> {
  await mkdir(files.runtimeDir, { recursive: true, mode: 0o700 });
  await chmod(files.runtimeDir, 0o700);
  for (const stale of [
    files.pidfile,
    files.qmpSocket,
    files.serialSocket,
    files.vncSocket,
    files.runInfo,
    files.exitIntent,
  ]) {
    await rm(stale, { force: true });
  }
}

/** "2026-11-22T07:08:01.123456Z qemu-system-x86_64: msg" → "qemu-system-x86_64: msg" */
export function stripTimestamp(line: string): string {
  return line.replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z\s+/, '');
}
