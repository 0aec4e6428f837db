import { describe, expect, it } from 'vitest';
import { editedKeys } from './draft-values';
import { sectionIds, sectionKeys } from './sections';

describe('sectionKeys', () => {
  it('gives every key the draft edits to exactly one section', () => {
    for (const key of editedKeys) {
      const owners = sectionIds.filter((id) => (sectionKeys[id] as readonly string[]).includes(key));
      expect(owners, key).toHaveLength(1);
    }
  });

  it('puts the firmware, Secure Boot, the TPM and the chipset together', () => {
    expect([...sectionKeys.firmware].sort()).toEqual(['firmware', 'machine', 'secureBoot', 'tpm']);
  });
});
