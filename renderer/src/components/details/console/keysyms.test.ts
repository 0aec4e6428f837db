import { describe, expect, it } from 'vitest';
import { typedKey, typedKeys, XK } from './keysyms';

describe('typedKey', () => {
  it('uses the code point for Latin-1 and 0x01000000 + code point beyond it', () => {
    expect(typedKey('a')).toEqual({ keysym: 0x61, shift: false });
    expect(typedKey('é')).toEqual({ keysym: 0xe9, shift: false });
    expect(typedKey('€')).toEqual({ keysym: 0x010020ac, shift: false });
    expect(typedKey('😀')).toEqual({ keysym: 0x0101f600, shift: false });
  });

  it('holds Shift for capitals and shifted US symbols', () => {
    expect(typedKey('A')).toEqual({ keysym: 0x41, shift: true });
    expect(typedKey('?')).toEqual({ keysym: 0x3f, shift: true });
    expect(typedKey('-')).toEqual({ keysym: 0x2d, shift: false });
  });

  it('types Enter and Tab as their keys, other control characters not at all', () => {
    expect(typedKey('\n')?.keysym).toBe(XK.Return);
    expect(typedKey('\t')?.keysym).toBe(XK.Tab);
    expect(typedKey('\u0007')).toBeUndefined();
    expect(typedKey('\u0085')).toBeUndefined();
  });
});

describe('typedKeys', () => {
  it('turns every kind of line end into one Enter', () => {
    const keysyms = typedKeys('a\r\nb\rc\n').map((key) => key.keysym);
    expect(keysyms).toEqual([0x61, XK.Return, 0x62, XK.Return, 0x63, XK.Return]);
  });
});
