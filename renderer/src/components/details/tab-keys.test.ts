import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tab-keys';

describe('tabAfterKey', () => {
  it('moves with the arrows, wrapping around, and jumps with Home and End', () => {
    expect(tabAfterKey(0, 7, 'ArrowRight')).toBe(1);
    expect(tabAfterKey(6, 7, 'ArrowRight')).toBe(0);
    expect(tabAfterKey(0, 7, 'ArrowLeft')).toBe(6);
    expect(tabAfterKey(3, 7, 'Home')).toBe(0);
    expect(tabAfterKey(3, 7, 'End')).toBe(6);
    expect(tabAfterKey(3, 7, 'Enter')).toBeUndefined();
  });
});
