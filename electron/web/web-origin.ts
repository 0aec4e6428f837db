import type { IncomingMessage } from 'node:http';

/**
 * Host names the server answers to: loopback names, plus the --host the user chose. Checking the
 * Host header defeats DNS rebinding; checking Origin stops other sites' pages from opening our
 * WebSocket with the user's cookie.
 */
export function allowedHosts(bindHost: string, port: number): Set<string> {
  const names = new Set([
    '127.0.0.1',
    'localhost',
    '[::1]',
    bindHost.includes(':') ? `[${bindHost}]` : bindHost,
  ]);
  return new Set([...names].map((name) => `${name}:${port}`));
}

export function hostAllowed(request: IncomingMessage, hosts: Set<string>): boolean {
  return hosts.has((request.headers.host ?? '').toLowerCase());
}

/** A browser's WebSocket must come from a page we served: Origin = http://<the Host it asked for>. */
export function originAllowed(request: IncomingMessage, hosts: Set<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') && hosts.has(parsed.host.toLowerCase())
  );
}
