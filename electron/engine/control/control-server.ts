import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { toErrorPayload } from '../../../shared/errors';
import { requestFrameSchema } from '../../../shared/wire';
import type { Engine } from '../engine';
import { controlSocketPath } from '../paths';
import { onJsonLines, writeJsonLine } from './frame-socket';

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
    onJsonLines(socket, (raw) => {
      const frame = requestFrameSchema.safeParse(raw);
      if (!frame.success) {
        writeJsonLine(socket, {
          id: 0,
          error: { code: 'INVALID_INPUT', message: 'malformed request frame' },
        });
        return;
      }
      const { id, method, params } = frame.data;
      session.invoke(method, params).then(
        (result) => writeJsonLine(socket, { id, result }),
        (error: unknown) => writeJsonLine(socket, { id, error: toErrorPayload(error) }),
      );
    });
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
