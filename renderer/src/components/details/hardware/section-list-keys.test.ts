import { describe, expect, it } from 'vitest';
import { sectionAfterKey } from './section-list-keys';

describe('sectionAfterKey', () => {
  it('moves with the arrows, wrapping around, and jumps with Home and End', () => {
    expect(sectionAfterKey('ArrowDown', 0, 11)).toBe(1);
    expect(sectionAfterKey('ArrowRight', 10, 11)).toBe(0);
    expect(sectionAfterKey('ArrowUp', 0, 11)).toBe(10);
    expect(sectionAfterKey('ArrowLeft', 5, 11)).toBe(4);
    expect(sectionAfterKey('Home', 5, 11)).toBe(0);
    expect(sectionAfterKey('End', 5, 11)).toBe(10);
    expect(sectionAfterKey('Enter', 5, 11)).toBeUndefined();
  });
});
