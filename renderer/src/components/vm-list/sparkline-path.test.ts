import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline-path';

describe('sparklinePath', () => {
  it('puts the newest value at the right edge, 0–100 % bottom to top, with gaps for no value', () => {
    expect(sparklinePath([0, 100], 2)).toBe('M0.0 19.5L48.0 0.5');
    expect(sparklinePath([50], 3)).toBe('M48.0 10.0');
    expect(sparklinePath([10, null, 20, 30], 4)).toBe('M0.0 17.6M32.0 15.7L48.0 13.8');
    expect(sparklinePath([250, -5], 2)).toBe('M0.0 0.5L48.0 19.5');
    expect(sparklinePath([], 60)).toBe('');
  });
});
