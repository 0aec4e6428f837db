import { describe, expect, it } from 'vitest';
import { yamlQuote } from './yaml-quote';

describe('yamlQuote', () => {
  it('quotes printable ASCII as it is, escaping quotes and backslashes', () => {
    expect(yamlQuote('ALL=(ALL) NOPASSWD:ALL')).toBe('"ALL=(ALL) NOPASSWD:ALL"');
    expect(yamlQuote('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(yamlQuote('')).toBe('""');
  });

  it('escapes line breaks, controls and everything beyond ASCII', () => {
    expect(yamlQuote('x\ny: 1')).toBe('"x\\u000ay: 1"');
    expect(yamlQuote('\u2028\u0085\u007f')).toBe('"\\u2028\\u0085\\u007f"');
    expect(yamlQuote('héllo 🐦')).toBe('"h\\u00e9llo \\U0001f426"');
  });
});
