import { describe, expect, it } from 'vitest';
import { memoryAddChoices } from './hotplug';

describe('memoryAddChoices', () => {
  it('offers powers of two from 128 MiB up to the room left, and the whole room', () => {
    expect(memoryAddChoices(1024, 2048)).toEqual([128, 256, 512, 1024]);
    expect(memoryAddChoices(512, 2048)).toEqual([128, 256, 512, 1024, 1536]);
  });

  it('rounds the room down to 128 MiB steps (Linux onlines memory in 128 MiB blocks)', () => {
    expect(memoryAddChoices(1000, 1500)).toEqual([128, 256, 384]);
    expect(memoryAddChoices(256, 400)).toEqual([128]);
  });

  it('offers nothing when less than a step is left', () => {
    expect(memoryAddChoices(2048, 2048)).toEqual([]);
    expect(memoryAddChoices(2000, 2100)).toEqual([]);
    expect(memoryAddChoices(4096, 2048)).toEqual([]);
  });

  it('offers only sizes the engine accepts: whole steps that fit', () => {
    for (const [memory, max] of [
      [256, 65536],
      [1000, 9999],
      [16, 4096],
    ] as const) {
      for (const size of memoryAddChoices(memory, max)) {
        expect(size % 128).toBe(0);
        expect(memory + size).toBeLessThanOrEqual(max);
      }
    }
  });
});
