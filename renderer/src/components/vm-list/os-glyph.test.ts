import { describe, expect, it } from 'vitest';
import { osGlyph } from './os-glyph';

describe('osGlyph', () => {
  it('reads the osinfo family first', () => {
    expect(osGlyph({ id: 'http://example.com/x', name: 'X', family: 'linux' })).toBe('linux');
    expect(osGlyph({ id: 'http://microsoft.com/win/11', name: 'Windows 11', family: 'winnt' })).toBe(
      'windows',
    );
    expect(osGlyph({ id: 'http://freebsd.org/freebsd/14.1', name: 'FreeBSD', family: 'freebsd' })).toBe(
      'bsd',
    );
  });

  it('falls back to the id when the family is unknown', () => {
    expect(osGlyph({ id: 'http://debian.org/debian/12', name: 'Debian 12', family: null })).toBe('linux');
    expect(osGlyph({ id: 'http://microsoft.com/win/10', name: 'Windows 10', family: null })).toBe('windows');
    expect(osGlyph({ id: 'http://openbsd.org/openbsd/7.5', name: 'OpenBSD', family: null })).toBe('bsd');
  });

  it('draws a generic machine for other systems and for none', () => {
    expect(osGlyph({ id: 'http://haiku-os.org/haiku/r1', name: 'Haiku', family: 'haiku' })).toBe('other');
    expect(osGlyph(null)).toBe('other');
  });
});
