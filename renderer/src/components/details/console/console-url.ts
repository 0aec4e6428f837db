import type { RequestResult } from '../../../../../shared/contract';

type Ticket = Pick<RequestResult<'console.ticket'>, 'ticket' | 'path' | 'proxyPort'>;

interface Where {
  /** The desktop app (window.vireo): the engine's loopback proxy. Else web mode's own server. */
  desktop: boolean;
  protocol: string;
  host: string;
}

/** The VNC WebSocket address for one single-use ticket. */
export function consoleUrl(ticket: Ticket, where: Where): string {
  const query = `?ticket=${encodeURIComponent(ticket.ticket)}`;
  if (where.desktop) return `ws://127.0.0.1:${ticket.proxyPort}${ticket.path}${query}`;
  const scheme = where.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${where.host}${ticket.path}${query}`;
}
