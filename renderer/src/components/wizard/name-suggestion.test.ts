import { describe, expect, it } from 'vitest';
import { suggestName } from './name-suggestion';
import { testOs } from './test-os';

describe('suggestName', () => {
  it('uses the OS short id when no VM has it', () => {
    expect(suggestName(testOs({ shortId: 'debian12' }), ['alpha'])).toBe('debian12');
  });

  it('numbers the short id from 2 when it is taken', () => {
    expect(suggestName(testOs({ shortId: 'debian12' }), ['debian12'])).toBe('debian12-2');
    expect(suggestName(testOs({ shortId: 'debian12' }), ['debian12', 'debian12-2'])).toBe('debian12-3');
  });

  it('is "vm" plus the first free number without an OS', () => {
    expect(suggestName(null, [])).toBe('vm1');
    expect(suggestName(null, ['vm1', 'vm2', 'vm4'])).toBe('vm3');
  });

  it('falls back to "vm" when the short id is not a valid name', () => {
    expect(suggestName(testOs({ shortId: 'a/b' }), [])).toBe('vm1');
    expect(suggestName(testOs({ shortId: ' ' }), ['vm1'])).toBe('vm2');
  });

  it('compares names exactly, as the engine does', () => {
    expect(suggestName(null, ['VM1'])).toBe('vm1');
  });
});
