import { describe, expect, it } from 'vitest';
import { machineGlobMatches } from './machine-glob';

describe('machineGlobMatches', () => {
  it('matches versioned machine types with * and ?', () => {
    expect(machineGlobMatches('pc-q35-*', 'pc-q35-7.2')).toBe(true);
    expect(machineGlobMatches('pc-q35-*', 'pc-i440fx-7.2')).toBe(false);
    expect(machineGlobMatches('pc-i440fx-?.?', 'pc-i440fx-7.2')).toBe(true);
    expect(machineGlobMatches('pc-i440fx-?.?', 'pc-i440fx-10.0')).toBe(false);
    expect(machineGlobMatches('*', 'anything')).toBe(true);
  });

  it('takes every other character literally', () => {
    expect(machineGlobMatches('pc-q35-7.2', 'pc-q35-7x2')).toBe(false);
    expect(machineGlobMatches('pc-q35-7.2', 'pc-q35-7.2')).toBe(true);
    expect(machineGlobMatches('virt-(8)+', 'virt-(8)+')).toBe(true);
    expect(machineGlobMatches('pc-q35', 'pc-q35-7.2')).toBe(false);
  });
});
