import { describe, expect, it } from 'vitest';
import { base64ToBytes, chunkText, utf8Length } from './bytes';

describe('base64ToBytes', () => {
  it('decodes every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(btoa(String.fromCharCode(...all)))).toEqual(all);
    expect(base64ToBytes('aGVsbG8=')).toEqual(new TextEncoder().encode('hello'));
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });
});

describe('utf8Length', () => {
  it('counts like the engine does (the bytes of the UTF-8 encoding)', () => {
    for (const text of ['', 'abc', 'é', '串口 console', '😀 ok', '\u{1F600}\u{1F600}', 'a\ud800b'])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('chunkText', () => {
  it('splits at the limit and never inside a surrogate pair', () => {
    expect(chunkText('abcdef', 4)).toEqual(['abcd', 'ef']);
    expect(chunkText('', 4)).toEqual([]);
    const chunks = chunkText('abc😀d', 4);
    expect(chunks).toEqual(['abc', '😀d']);
    expect(chunks.join('')).toBe('abc😀d');
  });
});
