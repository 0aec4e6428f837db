import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleTickets } from './console-tickets';

afterEach(() => vi.useRealTimers());

describe('console tickets', () => {
  it('grant one connection to one VM', () => {
    const tickets = new ConsoleTickets();
    const { ticket } = tickets.issue('vm-a');
    expect(ticket).toMatch(/^[\w-]{32}$/);
    expect(tickets.redeem(ticket)).toBe('vm-a');
    expect(tickets.redeem(ticket)).toBeUndefined();
    expect(tickets.redeem('made-up')).toBeUndefined();
  });

  it('expire', () => {
    vi.useFakeTimers();
    const tickets = new ConsoleTickets(1000);
    const { ticket } = tickets.issue('vm-a');
    vi.advanceTimersByTime(1001);
    expect(tickets.redeem(ticket)).toBeUndefined();
  });
});
