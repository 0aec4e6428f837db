import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, open, readFile, rename, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { z } from 'zod';
import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import { writeJsonAtomic } from '../atomic-write';
import type { JobHandle } from '../jobs/job-manager';
import type { VmFiles } from '../paths';
import type { QmpClient } from '../qmp/qmp-client';
import { hardwareFingerprint } from './hardware-fingerprint';

const infoSchema = z.object({ savedAt: z.string(), fingerprint: z.string(), bytes: z.number() });
export type SavedStateInfo = z.infer<typeof infoSchema>;

/** QEMU 7.2's qemu-vdagent (the shared clipboard) blocks every migration, saving to disk too. */
export function saveProblem(config: VmConfig): string | null {
  return config.display.vnc && config.display.clipboard
    ? 'QEMU 7.2 cannot save the memory of a VM with the shared clipboard (qemu-vdagent): turn it off in Hardware → Display and restart the VM'
    : null;
}

export async function readSavedStateInfo(files: VmFiles): Promise<SavedStateInfo | undefined> {
  try {
    return infoSchema.parse(JSON.parse(await readFile(files.savedStateInfo, 'utf8')));
  } catch {
    return undefined;
  }
}

export async function discardSavedState(files: VmFiles): Promise<void> {
  await rm(files.savedStateInfo, { force: true });
  await rm(files.savedState, { force: true });
}

/** Follows a migration (outgoing or incoming) until it completes; throws QEMU's reason when it fails. */
async function waitForMigration(qmp: Pick<QmpClient, 'execute'>, job: JobHandle | undefined): Promise<void> {
  for (;;) {
    const state = await qmp.execute('query-migrate');
    if (state.ram && state.ram.total > 0) job?.progress(Math.min(1, state.ram.transferred / state.ram.total));
    if (state.status === 'completed') return;
    if (state.status === 'failed' || state.status === 'cancelled')
      throw new VireoError('QEMU_FAILED', `saving the memory failed: ${state['error-desc'] ?? state.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function listen(path: string, onSocket: (socket: Socket) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(onSocket);
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

/**
 * Streams the paused VM's memory and device state out of QEMU (a migration to a unix socket the
 * engine writes to a file: 7.2 has no file: URI, and the sandbox forbids exec:) into
 * saved-state.bin, with its fingerprint beside it. On failure or cancel, no file is left.
 */
export async function saveStateToDisk(
  qmp: Pick<QmpClient, 'execute'>,
  config: VmConfig,
  files: VmFiles,
  job: JobHandle,
): Promise<void> {
  const partial = `${files.savedState}.partial`;
  let written: Promise<void> = Promise.resolve();
  await rm(files.migrateSocket, { force: true });
  const server = await listen(files.migrateSocket, (socket) => {
    const out = createWriteStream(partial, { mode: 0o600 });
    written = new Promise((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
      socket.on('error', reject);
    });
    socket.pipe(out);
  });
  await chmod(files.migrateSocket, 0o600);
  const cancel = () => void qmp.execute('migrate_cancel').catch(() => undefined);
  job.signal.addEventListener('abort', cancel, { once: true });
  try {
    // A local file: no need for the default bandwidth cap meant for networks.
    await qmp.execute('migrate-set-parameters', { 'max-bandwidth': 64 * 1024 ** 3 });
    await qmp.execute('migrate', { uri: `unix:${files.migrateSocket}` });
    await waitForMigration(qmp, job);
    await written;
    const handle = await open(partial, 'r+');
    const { size } = await handle.stat();
    await handle.sync();
    await handle.close();
    await rename(partial, files.savedState);
    const info: SavedStateInfo = {
      savedAt: new Date().toISOString(),
      fingerprint: hardwareFingerprint(config),
      bytes: size,
    };
    await writeJsonAtomic(files.savedStateInfo, info);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    job.signal.removeEventListener('abort', cancel);
    server.close();
    await rm(files.migrateSocket, { force: true });
  }
}

/**
 * Feeds saved-state.bin to a QEMU started with `-incoming defer` and waits until it has loaded
 * it; the guest stays paused (it was saved paused) for the caller to resume.
 */
export async function restoreStateFromDisk(qmp: Pick<QmpClient, 'execute'>, files: VmFiles): Promise<void> {
  await rm(files.migrateSocket, { force: true });
  await qmp.execute('migrate-incoming', { uri: `unix:${files.migrateSocket}` });
  const socket = connect(files.migrateSocket);
  const sent = new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      const input = createReadStream(files.savedState);
      input.once('error', reject);
      input.pipe(socket).once('finish', resolve);
    });
  });
  try {
    await sent;
    await waitForMigration(qmp, undefined);
  } finally {
    socket.destroy();
    await rm(files.migrateSocket, { force: true });
  }
}
