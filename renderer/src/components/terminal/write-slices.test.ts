import { describe, expect, it } from 'vitest';
import { slices } from './write-slices';

describe('slices', () => {
  it('leaves small writes whole', () => {
    expect(slices('abc', 4)).toEqual(['abc']);
    const bytes = new Uint8Array(4);
    expect(slices(bytes, 4)[0]).toBe(bytes);
  });

  it('cuts large writes into views of at most `size`, in order', () => {
    expect(slices('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
    const pieces = slices(bytes, 4);
    expect(pieces.map((p) => [...p])).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(pieces[0]?.buffer).toBe(bytes.buffer); // views, not copies
  });
});
