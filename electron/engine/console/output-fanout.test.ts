import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputFanout } from './output-fanout';

const options = { batchMs: 16, maxBatchBytes: 1000, highWater: 3000, lowWater: 1000 };
let paused: Array<[string, boolean]>;
let fanout: OutputFanout<string>;

beforeEach(() => {
  vi.useFakeTimers();
  paused = [];
  fanout = new OutputFanout<string>((stream, p) => paused.push([stream, p]), options);
});
afterEach(() => vi.useRealTimers());

const bytes = (n: number) => Buffer.alloc(n, 0x61);

describe('OutputFanout', () => {
  it('batches small chunks for ~16 ms, and sends big ones at once', () => {
    const got: number[] = [];
    fanout.subscribe('a', 's', (data) => got.push(data.length));
    fanout.push('s', bytes(10));
    fanout.push('s', bytes(20));
    expect(got).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(got).toEqual([30]);
    fanout.push('s', bytes(1500));
    expect(got).toEqual([30, 1500]);
  });

  it('pauses the producer when a subscriber falls behind, and resumes when all caught up', () => {
    fanout.subscribe('fast', 's', () => undefined);
    fanout.subscribe('slow', 's', () => undefined);
    for (let i = 0; i < 4; i++) fanout.push('s', bytes(1000));
    expect(paused).toEqual([['s', true]]);
    expect(fanout.isPaused('s')).toBe(true);
    fanout.ack('fast', 's', 4000);
    expect(paused).toEqual([['s', true]]);
    fanout.ack('slow', 's', 2999);
    expect(paused).toEqual([['s', true]]);
    fanout.ack('slow', 's', 1);
    expect(paused).toEqual([
      ['s', true],
      ['s', false],
    ]);
  });

  it('resumes when the slow subscriber goes away', () => {
    fanout.subscribe('slow', 's', () => undefined);
    for (let i = 0; i < 4; i++) fanout.push('s', bytes(1000));
    fanout.dropOwner('slow');
    expect(paused.at(-1)).toEqual(['s', false]);
  });

  it('delivers to each subscriber of a stream only, each byte once, in order', () => {
    const a: string[] = [];
    const b: string[] = [];
    fanout.subscribe('a', 's1', (data) => a.push(data.toString()));
    fanout.subscribe('b', 's2', (data) => b.push(data.toString()));
    fanout.push('s1', Buffer.from('one '));
    fanout.push('s2', Buffer.from('two'));
    fanout.push('s1', Buffer.from('three'));
    vi.advanceTimersByTime(16);
    expect(a).toEqual(['one three']);
    expect(b).toEqual(['two']);
  });

  it('keeps nothing for a stream nobody reads', () => {
    fanout.push('nobody', bytes(10_000));
    expect(fanout.isPaused('nobody')).toBe(false);
    expect(paused).toEqual([]);
  });
});
