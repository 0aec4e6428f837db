import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from './size';

const KiB = 2 ** 10;
const MiB = 2 ** 20;
const GiB = 2 ** 30;
const TiB = 2 ** 40;

describe('parseSize', () => {
  it.each([
    ['20G', 20 * GiB],
    ['512M', 512 * MiB],
    ['1.5T', 1.5 * TiB],
    ['1048576', 1048576],
    ['0', 0],
    ['10GiB', 10 * GiB],
    ['10gb', 10 * GiB],
    ['10g', 10 * GiB],
    ['10GB', 10 * GiB],
    [' 4k ', 4 * KiB],
    ['4 K', 4 * KiB],
    ['4KiB', 4 * KiB],
    ['0.5M', 512 * KiB],
    ['100b', 100],
    ['8191T', 8191 * TiB],
  ])('parses %j as %d bytes (binary units, as qemu-img)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('rounds a fractional byte count to a whole number', () => {
    expect(parseSize('1.3K')).toBe(Math.round(1.3 * KiB));
    expect(Number.isInteger(parseSize('1.3K'))).toBe(true);
  });

  it.each([
    ['the empty string', ''],
    ['whitespace only', '   '],
    ['letters', 'abc'],
    ['a negative size', '-1G'],
    ['two decimal points', '1.2.3G'],
    ['an unknown unit', '5X'],
    ['a unit without a number', 'G'],
    ['a leading decimal point', '.5G'],
    ['a trailing decimal point', '5.G'],
    ['two units', '5GM'],
    ['an exponent', '1e3'],
    ['hex', '0x10'],
    ['a number followed by junk', '20G please'],
  ])('refuses %s (%j)', (_label, text) => {
    expect(parseSize(text)).toBeUndefined();
  });

  it('refuses sizes beyond the safe integer range', () => {
    // 8192 TiB is 2^53 bytes, the first integer a double cannot tell from its neighbour.
    expect(parseSize('8192T')).toBeUndefined();
    expect(parseSize('99999999999T')).toBeUndefined();
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [KiB, '1 KiB'],
    [1536, '1.5 KiB'],
    [512 * MiB, '512 MiB'],
    [20 * GiB, '20 GiB'],
    [1.5 * GiB, '1.5 GiB'],
    [TiB, '1 TiB'],
    [1.5 * TiB, '1.5 TiB'],
    [2048 * TiB, '2048 TiB'],
  ])('formats %d bytes as %j', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('shows one decimal for a size that is not a whole number of the unit', () => {
    expect(formatSize(GiB + 1)).toBe('1.0 GiB');
    expect(formatSize(2.25 * MiB)).toBe('2.3 MiB');
  });

  it.each([KiB, 20 * GiB, 512 * MiB, 3 * TiB, 1.5 * GiB])(
    'round-trips %d bytes through parseSize(formatSize())',
    (bytes) => {
      expect(parseSize(formatSize(bytes))).toBe(bytes);
    },
  );
});
