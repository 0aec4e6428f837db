import { randomBytes } from 'node:crypto';

interface Ticket {
  uuid: string;
  expires: number;
}

/**
 * Single-use tickets for a VM's console: each grants one connection to one VM, within `ttlMs`.
 * Nothing else on the machine can reach a guest's screen without one.
 */
export class ConsoleTickets {
  private readonly tickets = new Map<string, Ticket>();

  constructor(private readonly ttlMs = 30_000) {}

  issue(uuid: string): { ticket: string; expiresAt: Date } {
    this.sweep();
    const ticket = randomBytes(24).toString('base64url');
    const expires = Date.now() + this.ttlMs;
    this.tickets.set(ticket, { uuid, expires });
    return { ticket, expiresAt: new Date(expires) };
  }

  /** The VM the ticket was for, once; undefined for an unknown, used or expired ticket. */
  redeem(ticket: string): string | undefined {
    const found = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    return found && found.expires >= Date.now() ? found.uuid : undefined;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [ticket, { expires }] of this.tickets) if (expires < now) this.tickets.delete(ticket);
  }
}
