import type { OsEntry } from '../../../../shared/os-info';

/** An osinfo entry for tests, recommending nothing unless told. */
export function testOs(overrides: Partial<OsEntry> & Pick<OsEntry, 'shortId'>): OsEntry {
  return {
    id: `http://example.org/${overrides.shortId}`,
    name: overrides.shortId,
    vendor: null,
    family: 'linux',
    recommended: { memoryMiB: null, vcpus: null, diskBytes: null },
    needs: { uefi: false, secureBoot: false, tpm: false },
    ...overrides,
  };
}
