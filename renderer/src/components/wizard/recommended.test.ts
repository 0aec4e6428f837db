import { describe, expect, it } from 'vitest';
import { DEFAULT_CPUS, DEFAULT_DISK_GIB, DEFAULT_MEMORY_MIB, recommendedResources } from './recommended';
import { testOs } from './test-os';
import { draftReducer, initialDraft } from './wizard-draft';

const GIB = 2 ** 30;

describe('recommendedResources', () => {
  it('takes what osinfo recommends, rounding the disk up to whole GiB', () => {
    const win11 = testOs({
      shortId: 'win11',
      recommended: { memoryMiB: 4096, vcpus: 2, diskBytes: 64 * GIB + 1 },
    });
    expect(recommendedResources(win11)).toEqual({ memoryMiB: 4096, cpus: 2, diskGiB: 65 });
  });

  it('keeps the defaults (2048 MiB, 2 CPUs, 20 GiB) for what is missing', () => {
    expect(DEFAULT_MEMORY_MIB).toBe(2048);
    expect(DEFAULT_CPUS).toBe(2);
    expect(DEFAULT_DISK_GIB).toBe(20);
    const partial = testOs({ shortId: 'alpine', recommended: { memoryMiB: 512, vcpus: null, diskBytes: 0 } });
    expect(recommendedResources(partial)).toEqual({ memoryMiB: 512, cpus: 2, diskGiB: 20 });
    expect(recommendedResources(null)).toEqual({ memoryMiB: 2048, cpus: 2, diskGiB: 20 });
  });

  it('fills step 3 when an OS is chosen, and resets it for generic', () => {
    const fedora = testOs({
      shortId: 'fedora40',
      recommended: { memoryMiB: 4096, vcpus: 4, diskBytes: 30 * GIB },
    });
    const chosen = draftReducer(initialDraft(), { type: 'chooseOs', os: fedora });
    expect(chosen).toMatchObject({
      memoryMiB: '4096',
      cpus: '4',
      diskGiB: '30',
      os: fedora,
      osOrigin: 'user',
    });
    const generic = draftReducer(chosen, { type: 'chooseOs', os: null });
    expect(generic).toMatchObject({
      memoryMiB: '2048',
      cpus: '2',
      diskGiB: '20',
      os: null,
      osOrigin: 'none',
    });
  });
});
