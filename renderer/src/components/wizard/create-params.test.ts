import { describe, expect, it } from 'vitest';
import { createVmParamsSchema } from '../../../../shared/vm-requests';
import { createParams } from './create-params';
import { testOs } from './test-os';
import { initialDraft, type WizardDraft } from './wizard-draft';

const GIB = 2 ** 30;
const draft = (overrides: Partial<WizardDraft>): WizardDraft => ({ ...initialDraft(), ...overrides });

describe('createParams', () => {
  it('creates a new disk and attaches the ISO', () => {
    const os = testOs({ shortId: 'debian12', name: 'Debian 12' });
    const params = createParams(
      draft({ isoPath: '/iso/d.iso', os, diskGiB: '25', network: 'none' }),
      'debian12',
      'kvm',
    );
    expect(params).toEqual({
      name: 'debian12',
      memoryMiB: 2048,
      cpus: 2,
      network: 'none',
      accel: 'kvm',
      os: { id: os.id, name: 'Debian 12', family: 'linux' },
      iso: '/iso/d.iso',
      diskSizeBytes: 25 * GIB,
    });
    expect(createVmParamsSchema.safeParse(params).success).toBe(true);
  });

  it('imports a disk without a new one, whatever the disk size field says', () => {
    const params = createParams(
      draft({ source: 'import', diskPath: '/img/a.vmdk', isoPath: '/x.iso' }),
      'a',
      'auto',
    );
    expect(params).toMatchObject({ importDisk: { path: '/img/a.vmdk' } });
    expect(params).not.toHaveProperty('diskSizeBytes');
    expect(params).not.toHaveProperty('iso');
    expect(createVmParamsSchema.safeParse(params).success).toBe(true);
  });

  it('passes kernel, optional initrd and command line for direct kernel boot', () => {
    const bare = createParams(draft({ source: 'kernel', kernelPath: '/k' }), 'k', 'auto');
    expect(bare).toMatchObject({ kernel: '/k', diskSizeBytes: 20 * GIB });
    expect(bare).not.toHaveProperty('initrd');
    expect(bare).not.toHaveProperty('cmdline');
    const full = createParams(
      draft({ source: 'kernel', kernelPath: '/k', initrdPath: '/i', cmdline: ' console=ttyS0 ' }),
      'k',
      'auto',
    );
    expect(full).toMatchObject({ kernel: '/k', initrd: '/i', cmdline: 'console=ttyS0' });
  });

  it('gives Empty a new disk and an empty CD-ROM drive', () => {
    const params = createParams(draft({ source: 'empty' }), 'vm1', 'tcg');
    expect(params).toMatchObject({ emptyCdrom: true, diskSizeBytes: 20 * GIB, accel: 'tcg' });
    expect(createVmParamsSchema.safeParse(params).success).toBe(true);
  });
});
