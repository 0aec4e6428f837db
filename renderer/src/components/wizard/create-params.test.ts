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
      firmware: 'bios',
      secureBoot: false,
      tpm: false,
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

  it('sends the firmware, Secure Boot only with UEFI', () => {
    const uefi = createParams(
      draft({ source: 'empty', firmware: 'uefi', secureBoot: true, tpm: true }),
      'w11',
      'auto',
    );
    expect(uefi).toMatchObject({ firmware: 'uefi', secureBoot: true, tpm: true });
    expect(createVmParamsSchema.safeParse(uefi).success).toBe(true);
    // Secure Boot stays ticked in the draft while BIOS is chosen, but the engine refuses it with BIOS.
    const bios = createParams(draft({ source: 'empty', firmware: 'bios', secureBoot: true }), 'b', 'auto');
    expect(bios).toMatchObject({ firmware: 'bios', secureBoot: false, tpm: false });
  });

  it('sends a local cloud image with the cloud-init answers and a disk size to grow to', () => {
    const params = createParams(
      draft({
        source: 'cloud',
        cloudImage: ' /img/noble.img ',
        cloudSha256: 'AB'.repeat(32),
        cloudUser: 'ana',
        cloudPassword: ' secret ',
        cloudKeys: '\n ssh-ed25519 AAAAkey ana@laptop \n\nssh-rsa AAAAother\n',
        cloudPackages: 'htop  qemu-guest-agent,curl',
        diskGiB: '10',
        isoPath: '/ignored.iso',
      }),
      'Web Server',
      'auto',
    );
    expect(params.cloudInit).toEqual({
      image: { path: '/img/noble.img', sha256: 'ab'.repeat(32) },
      hostname: 'web-server',
      user: {
        name: 'ana',
        password: ' secret ',
        sshAuthorizedKeys: ['ssh-ed25519 AAAAkey ana@laptop', 'ssh-rsa AAAAother'],
      },
      packages: ['htop', 'qemu-guest-agent', 'curl'],
    });
    expect(params).toMatchObject({ diskSizeBytes: 10 * GIB });
    expect(params).not.toHaveProperty('iso');
    expect(params).not.toHaveProperty('emptyCdrom');
    expect(createVmParamsSchema.safeParse(params).success).toBe(true);
  });

  it('downloads a URL, with the typed host name and no user when none is given', () => {
    const params = createParams(
      draft({
        source: 'cloud',
        cloudImage: 'https://images.example/debian.qcow2',
        hostname: 'db1',
        hostnameEdited: true,
      }),
      'vm1',
      'auto',
    );
    expect(params.cloudInit).toEqual({
      image: { url: 'https://images.example/debian.qcow2' },
      hostname: 'db1',
      packages: [],
    });
    expect(createVmParamsSchema.safeParse(params).success).toBe(true);
  });
});
