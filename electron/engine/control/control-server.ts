import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import type { Engine } from '../engine';
import { controlSocketPath } from '../paths';
import { onJsonLines, writeJsonLine } from './frame-socket';
import { serveRequestFrame } from './serve-frames';

/**
 * Serves the contract on the engine's 0600 unix control socket: the CLI (and anything else
 * local) talks to the engine through it. Each connection is one engine session.
 */
export async function serveControlSocket(engine: Engine): Promise<{ path: string; close(): Promise<void> }> {
  const path = controlSocketPath(engine.paths);
  // We hold the engine lock, so a socket file left here is a dead engine's.
  await rm(path, { force: true });
  const server = createServer((socket) => {
    const session = engine.openSession((event, payload) => writeJsonLine(socket, { event, payload }));
    socket.on('error', () => undefined);
    socket.on('close', () => session.close());
    onJsonLines(socket, (raw) => serveRequestFrame(session, raw, (frame) => writeJsonLine(socket, frame)));
  });
  await listen(server, path);
  await chmod(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        void rm(path, { force: true });
      }),
  };
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
