import { serveControlSocket } from '../engine/control/control-server';
import { Engine } from '../engine/engine';
import { rendererDir } from '../engine/package-root';
import { resolvePaths } from '../engine/paths';
import { VIREO_VERSION } from '../engine/version';
import { startWebServer } from './web-server';
import { generateToken } from './web-token';

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

/**
 * `vireo web`: an engine (so the CLI goes through it), its control socket, and the web server.
 * A second engine on the same data dir is refused, naming the one that holds it.
 */
export async function serveWebMode(options: {
  host: string;
  port: number;
  token?: string;
  env: NodeJS.ProcessEnv;
}) {
  const engine = await Engine.open({
    paths: resolvePaths(options.env),
    env: options.env,
    kind: 'web',
    version: VIREO_VERSION,
  });
  try {
    const control = await serveControlSocket(engine);
    const web = await startWebServer({
      engine,
      host: options.host,
      port: options.port,
      token: options.token ?? generateToken(),
      rendererDir: rendererDir(),
    });
    return {
      url: web.url,
      port: web.port,
      engine,
      close: async () => {
        // Upgraded console sockets would keep the web server from closing: end them first.
        await engine.vncProxy.close();
        await web.close();
        await control.close();
        await engine.close();
      },
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
