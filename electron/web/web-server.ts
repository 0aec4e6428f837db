import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { VireoError } from '../../shared/errors';
import type { Engine } from '../engine/engine';
import { serveRequestFrame } from '../engine/control/serve-frames';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { allowedHosts, hostAllowed, originAllowed } from './web-origin';
import { requestToken, tokenCookie, tokensEqual } from './web-token';

export interface WebServerOptions {
  engine: Engine;
  host: string;
  port: number;
  token: string;
  rendererDir: string;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Web mode: the built renderer and the contract over WebSocket (/ws), from the same engine.
 * Every request needs the token (URL or cookie); the WebSocket also needs our own Origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  if (!existsSync(`${options.rendererDir}/index.html`)) {
    throw new VireoError(
      'ENGINE_UNAVAILABLE',
      `the UI is not built (${options.rendererDir}); run npm run build`,
    );
  }
  const files = sirv(options.rendererDir, {
    etag: true,
    single: true,
    setHeaders: (res) => setSecurityHeaders(res),
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let hosts = new Set<string>();

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    if (!hostAllowed(request, hosts)) return refuse(response, 421, 'Vireo: unknown host name.');
    const { token, fromQuery } = requestToken(request);
    if (token === undefined || !tokensEqual(token, options.token)) {
      return refuse(
        response,
        401,
        'Vireo: this page needs the address with its token, as printed by `vireo web`.',
      );
    }
    if (fromQuery) {
      // Trade the URL token for a cookie, so the address bar and history no longer show it.
      const clean = new URL(request.url ?? '/', 'http://localhost');
      clean.searchParams.delete('token');
      response.writeHead(302, {
        'Set-Cookie': tokenCookie(options.token),
        Location: clean.pathname + clean.search,
      });
      response.end();
      return;
    }
    files(request, response, () => refuse(response, 404, 'Not found'));
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const status = upgradeRefusal(request, path);
    if (status !== 0) {
      socket.end(
        `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    // The console behind the same token and Origin checks, plus its own single-use ticket.
    if (path === '/vnc') options.engine.vncProxy.handleUpgrade(request, socket, head);
    else sockets.handleUpgrade(request, socket, head, (ws) => serveContract(options.engine, ws));
  });

  /** Why a WebSocket upgrade is refused (an HTTP status), or 0 when it may go on. */
  function upgradeRefusal(request: IncomingMessage, path: string): number {
    if (path !== '/ws' && path !== '/vnc') return 404;
    if (!hostAllowed(request, hosts)) return 421;
    const { token } = requestToken(request);
    if (token === undefined || !tokensEqual(token, options.token)) return 401;
    if (!originAllowed(request, hosts)) return 403;
    return 0;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(options.host, port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${shownHost}:${port}/?token=${encodeURIComponent(options.token)}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveContract(engine: Engine, ws: WebSocket): void {
  const send = (frame: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const session = engine.openSession((event, payload) => send({ event, payload }));
  ws.on('message', (data) => {
    let frame: unknown;
    try {
      frame = JSON.parse(data.toString());
    } catch {
      frame = undefined;
    }
    serveRequestFrame(session, frame, send);
  });
  ws.on('close', () => session.close());
  ws.on('error', () => ws.terminate());
}

function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${message}\n`);
}
