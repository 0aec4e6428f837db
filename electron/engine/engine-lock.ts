import { createHash } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';
import { userInfo } from 'node:os';
import { z } from 'zod';
import type { VireoPaths } from './paths';

export const engineInfoSchema = z.object({
  pid: z.number(),
  kind: z.string(),
  home: z.string(),
  startedAt: z.string(),
  version: z.string(),
});
export type EngineInfo = z.infer<typeof engineInfoSchema>;

export interface EngineLock {
  release(): Promise<void>;
}

/**
 * One engine per data dir. The lock is a Linux abstract unix socket: binding it is atomic and the
 * kernel releases it when the holder dies, even by SIGKILL, so there is no stale lock to clean.
 * Whoever connects to it is told who holds it.
 */
function lockName(paths: VireoPaths): string {
  const digest = createHash('sha256').update(paths.dataDir).digest('hex').slice(0, 32);
  return `\0vireo-engine-${userInfo().uid}-${digest}`;
}

export async function tryAcquireEngineLock(
  paths: VireoPaths,
  info: EngineInfo,
): Promise<EngineLock | undefined> {
  if (process.platform !== 'linux') {
    throw new Error('the engine lock needs Linux (abstract unix sockets)');
  }
  const server = createServer((socket) => socket.end(`${JSON.stringify(info)}\n`));
  const bound = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    server.listen(lockName(paths), () => resolve(true));
  });
  if (!bound) return undefined;
  server.unref();
  return { release: () => closeServer(server) };
}

/** Who holds the lock, or undefined when nobody does (or the holder does not answer). */
export function readEngineLockHolder(paths: VireoPaths, timeoutMs = 1000): Promise<EngineInfo | undefined> {
  return new Promise((resolve) => {
    const socket = connect(lockName(paths));
    let text = '';
    const done = (info: EngineInfo | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(info);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', () => {
      try {
        done(engineInfoSchema.parse(JSON.parse(text)));
      } catch {
        done(undefined);
      }
    });
    socket.on('error', () => done(undefined));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
