import { describe, expect, it } from 'vitest';
import { AckBatcher, type AckClock } from './ack-batcher';

function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: AckClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((t) => t !== timer);
      timer.run();
    }
  };
  return { clock, advance, pending: () => timers.length };
}

describe('AckBatcher', () => {
  it('acknowledges the first bytes after a quiet period at once', () => {
    const { clock } = fakeClock();
    const sent: number[] = [];
    new AckBatcher((bytes) => sent.push(bytes), 50, clock).add(100);
    expect(sent).toEqual([100]);
  });

  it('coalesces a flood into one ack per interval, losing no byte', () => {
    const { clock, advance } = fakeClock();
    const sent: number[] = [];
    const acks = new AckBatcher((bytes) => sent.push(bytes), 50, clock);
    acks.add(10); // at once
    for (let i = 0; i < 100; i++) {
      acks.add(5);
      advance(1);
    }
    advance(50);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(510);
  });

  it('never sends two acks closer than the interval', () => {
    const { clock, advance } = fakeClock();
    const times: number[] = [];
    const acks = new AckBatcher(() => times.push(clock.now()), 50, clock);
    for (let i = 0; i < 300; i++) {
      acks.add(1);
      advance(1);
    }
    expect(times.length).toBeGreaterThan(4);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
  });

  it('flushes on demand and ignores zero bytes', () => {
    const { clock, pending } = fakeClock();
    const sent: number[] = [];
    const acks = new AckBatcher((bytes) => sent.push(bytes), 50, clock);
    acks.add(0);
    expect(sent).toEqual([]);
    acks.add(1);
    acks.add(2);
    expect(pending()).toBe(1);
    acks.flush();
    expect(sent).toEqual([1, 2]);
    expect(pending()).toBe(0);
  });

  it('sends nothing once disposed', () => {
    const { clock, advance } = fakeClock();
    const sent: number[] = [];
    const acks = new AckBatcher((bytes) => sent.push(bytes), 50, clock);
    acks.add(1);
    acks.add(2);
    acks.dispose();
    advance(100);
    acks.add(3);
    expect(sent).toEqual([1]);
  });
});
