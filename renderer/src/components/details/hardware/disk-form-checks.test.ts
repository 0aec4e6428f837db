import { describe, expect, it } from 'vitest';
import { draftFromConfig } from './draft';
import { newDiskSizeBytes, sataProblemWith } from './disk-form-checks';
import { testConfig, testDisk } from './test-config';

describe('new disk checks', () => {
  it('reads sizes in GiB as whole MiB', () => {
    expect(newDiskSizeBytes('20')).toBe(20 * 2 ** 30);
    expect(newDiskSizeBytes('1.5')).toBe(1.5 * 2 ** 30);
    expect(newDiskSizeBytes('0')).toBeUndefined();
    expect(newDiskSizeBytes('-1')).toBeUndefined();
    expect(newDiskSizeBytes('20G')).toBeUndefined();
  });

  it('refuses one SATA disk too many for the chipset', () => {
    const draft = { ...draftFromConfig(testConfig()), machine: 'pc' as const };
    draft.disks = [...draft.disks, testDisk('disk2')];
    expect(sataProblemWith(draft, 'sata')).toBeUndefined();
    draft.disks = [...draft.disks, testDisk('disk3')];
    expect(sataProblemWith(draft, 'sata')).toMatchObject({ key: 'hwErrorSataSlots' });
    expect(sataProblemWith(draft, 'virtio')).toBeUndefined();
  });
});
