import { describe, expect, it } from 'vitest';
import { LiveMerge } from './live-merge';

describe('LiveMerge', () => {
  it('drops output that arrives before the history answer, writes what follows', () => {
    const merge = new LiveMerge();
    expect(merge.live).toBe(false);
    expect(merge.onOutput()).toBe('drop');
    expect(merge.onOutput()).toBe('drop');
    merge.onHistory();
    expect(merge.live).toBe(true);
    expect(merge.onOutput()).toBe('write');
  });
});
