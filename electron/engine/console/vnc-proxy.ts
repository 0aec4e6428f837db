import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream';
import { createWebSocketStream, WebSocketServer } from 'ws';
import { ConsoleTickets } from './console-tickets';

/** Where a VM's VNC unix socket is, if the VM is running with VNC. */
export type VncSocketLookup = (uuid: string) => string | undefined;

/**
 * WebSocket → unix-socket proxy for noVNC. QEMU serves VNC only on a 0600 unix socket; this proxy
 * is the one way in, and each connection needs a fresh single-use ticket bound to one VM. It
 * listens on 127.0.0.1 (for the desktop app) and also serves web mode's /vnc behind its token.
 */
export class VncProxy {
  readonly tickets = new ConsoleTickets();
  private readonly sockets = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has('binary') ? 'binary' : false),
  });
  private server: Server | undefined;
  private port: Promise<number> | undefined;

  constructor(private readonly lookup: VncSocketLookup) {}

  /** The loopback port, listening from the first call on. */
  listen(): Promise<number> {
    this.port ??= new Promise((resolve, reject) => {
      const server = createServer((_request, response) => response.writeHead(404).end());
      server.on('upgrade', (request, socket, head) => this.handleUpgrade(request, socket, head));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      this.server = server;
    });
    return this.port;
  }

  /** Serves an upgrade to /vnc?ticket=… (refusing anything else), from our server or web mode's. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const uuid =
      url.pathname === '/vnc' ? this.tickets.redeem(url.searchParams.get('ticket') ?? '') : undefined;
    const target = uuid === undefined ? undefined : this.lookup(uuid);
    if (target === undefined) {
      const status = uuid === undefined ? '403 Forbidden' : '409 Conflict';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      const vnc = connect(target);
      const stream = createWebSocketStream(ws);
      // Both directions with backpressure; either side closing ends the other.
      pipeline(stream, vnc, () => stream.destroy());
      pipeline(vnc, stream, () => vnc.destroy());
    });
  }

  async close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
