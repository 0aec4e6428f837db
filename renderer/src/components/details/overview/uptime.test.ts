import { describe, expect, it } from 'vitest';
import { splitUptime, uptimeMs } from './uptime';

describe('uptimeMs', () => {
  it('counts from startedAt, never below zero', () => {
    const now = Date.parse('2025-05-01T12:00:10Z');
    expect(uptimeMs('2025-05-01T12:00:00Z', now)).toBe(10_000);
    expect(uptimeMs('2025-05-01T12:00:20Z', now)).toBe(0);
  });

  it('has no uptime without a start, or with a start it cannot read', () => {
    expect(uptimeMs(null, 0)).toBeNull();
    expect(uptimeMs('yesterday', 0)).toBeNull();
  });
});

describe('splitUptime', () => {
  it('writes hours, minutes and seconds as a clock', () => {
    expect(splitUptime(0)).toEqual({ days: 0, clock: '0:00:00' });
    expect(splitUptime(59_999)).toEqual({ days: 0, clock: '0:00:59' });
    expect(splitUptime(3_723_000)).toEqual({ days: 0, clock: '1:02:03' });
  });

  it('counts whole days apart', () => {
    expect(splitUptime(93_784_000)).toEqual({ days: 1, clock: '2:03:04' });
    expect(splitUptime(10 * 86_400_000)).toEqual({ days: 10, clock: '0:00:00' });
  });
});
