import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toErrorPayload, VireoError } from '../../../../shared/errors';
import { createVmParamsSchema } from '../../../../shared/vm-requests';
import { createFieldOf, mapCreateError } from './create-issues';
import { issuesOf } from './engine-issues';
import { fieldError } from '../../../../shared/errors';
import { initialDraft, type InstallSource, type WizardDraft } from './wizard-draft';

const on = (source: InstallSource, overrides: Partial<WizardDraft> = {}): WizardDraft => ({
  ...initialDraft(),
  source,
  ...overrides,
});

/** The error the engine answers for params its schema refuses. */
function refusal(params: unknown): VireoError {
  const result = createVmParamsSchema.safeParse(params);
  if (result.success) throw new Error('expected the params to be refused');
  return VireoError.fromPayload(toErrorPayload(result.error));
}

describe('mapCreateError', () => {
  it('puts each zod issue from the engine on its wizard field', () => {
    const error = refusal({ name: 'a/b', memoryMiB: 8, cpus: 0, iso: 'relative.iso', diskSizeBytes: 1 });
    expect(mapCreateError(error, on('iso'))).toEqual({
      fields: {
        name: expect.stringContaining('"/"'),
        memoryMiB: expect.any(String),
        cpus: expect.any(String),
        isoPath: 'ISO path must be absolute',
      },
      general: null,
    });
  });

  it('maps nested and cross-field paths: importDisk.path, kernel (for an initrd without one)', () => {
    expect(mapCreateError(refusal({ name: 'x', importDisk: { path: 'rel' } }), on('import')).fields).toEqual({
      diskPath: 'disk path must be absolute',
    });
    expect(mapCreateError(refusal({ name: 'x', initrd: '/boot/initrd' }), on('kernel')).fields).toEqual({
      kernelPath: 'an initrd or kernel command line needs a kernel',
    });
  });

  it('puts a name conflict on the name', () => {
    const error = new VireoError('CONFLICT', 'a VM named "web" already exists');
    expect(mapCreateError(error, on('iso'))).toEqual({
      fields: { name: 'a VM named "web" already exists' },
      general: null,
    });
  });

  it('keeps errors without field issues as the general message', () => {
    const error = new VireoError('INVALID_INPUT', 'memory 9000 MiB is more than this host has (8 GiB)');
    expect(mapCreateError(error, on('iso'))).toEqual({ fields: {}, general: error.message });
    expect(
      mapCreateError(new VireoError('QEMU_MISSING', 'qemu-img was not found'), on('empty')).general,
    ).toBe('qemu-img was not found');
  });

  it('keeps issues for fields the wizard does not have as the general message', () => {
    const error = new VireoError('INVALID_INPUT', 'machine: bad', {
      issues: [
        { path: ['machine'], message: 'bad' },
        { path: ['name'], message: 'must not be empty' },
      ],
    });
    expect(mapCreateError(error, on('iso'))).toEqual({
      fields: { name: 'must not be empty' },
      general: 'machine: bad',
    });
  });
});

describe('mapCreateError: cloud image and firmware', () => {
  it('puts the schema’s cloud-init issues on the cloud fields', () => {
    const error = refusal({
      name: 'c',
      cloudInit: { image: { url: 'ftp://mirror/x.img', sha256: 'abc' }, hostname: '' },
    });
    expect(mapCreateError(error, on('cloud')).fields).toEqual({
      cloudImage: 'the image URL must be http:// or https://',
      cloudSha256: 'a SHA-256 is 64 hexadecimal digits',
      hostname: 'a hostname is needed',
    });
  });

  it('drops the engine’s path prefix and names an SSH key by its line in the box', () => {
    const hostname = fieldError(
      'INVALID_INPUT',
      ['cloudInit', 'hostname'],
      'hostname: "no_underscores" is not a host name: 1–63 letters, digits or "-", not first or last',
    );
    expect(mapCreateError(hostname, on('cloud')).fields).toEqual({
      hostname: '"no_underscores" is not a host name: 1–63 letters, digits or "-", not first or last',
    });
    const key = fieldError(
      'INVALID_INPUT',
      ['cloudInit', 'user', 'sshAuthorizedKeys', 1],
      'user.sshAuthorizedKeys.1: the key data is not a ssh-rsa public key',
    );
    const draft = on('cloud', { cloudKeys: 'ssh-ed25519 AAAA a\n\nssh-rsa AAAA b\n' });
    expect(mapCreateError(key, draft, 'L{line}: {message}')).toEqual({
      fields: { cloudKeys: 'L3: the key data is not a ssh-rsa public key' },
      general: null,
    });
  });

  it('maps the SHA-256 mismatch, the download, the user and the packages', () => {
    const field = (path: Array<string | number>) =>
      Object.keys(mapCreateError(fieldError('INVALID_INPUT', path, 'm'), on('cloud')).fields);
    expect(field(['cloudInit', 'image', 'sha256'])).toEqual(['cloudSha256']);
    expect(field(['cloudInit', 'image', 'url'])).toEqual(['cloudImage']);
    expect(field(['cloudInit', 'image', 'path'])).toEqual(['cloudImage']);
    expect(field(['cloudInit', 'image'])).toEqual(['cloudImage']);
    expect(field(['cloudInit', 'user', 'name'])).toEqual(['cloudUser']);
    expect(field(['cloudInit', 'user', 'password'])).toEqual(['cloudPassword']);
    expect(field(['cloudInit', 'packages', 2])).toEqual(['cloudPackages']);
    expect(field(['cloudInit', 'instanceId'])).toEqual([]);
  });

  it('puts firmware issues on the firmware fields', () => {
    const error = refusal({ name: 'f', firmware: 'coreboot', tpm: 'yes' });
    expect(Object.keys(mapCreateError(error, on('empty')).fields).sort()).toEqual(['firmware', 'tpm']);
  });
});

describe('createFieldOf', () => {
  it('sends a disk size issue to the disk size field, except when importing', () => {
    expect(createFieldOf(['diskSizeBytes'], 'iso')).toBe('diskGiB');
    expect(createFieldOf(['diskSizeBytes'], 'import')).toBeUndefined();
    expect(createFieldOf(['os', 'name'], 'iso')).toBe('os');
  });
});

describe('issuesOf', () => {
  it('reads only well-formed issues of INVALID_INPUT errors', () => {
    const zodError = z.object({ a: z.number() }).safeParse({ a: 'x' }).error;
    expect(issuesOf(VireoError.fromPayload(toErrorPayload(zodError)))).toEqual([
      { path: ['a'], message: expect.any(String) },
    ]);
    expect(issuesOf(new VireoError('INVALID_INPUT', 'x', { issues: 'nope' }))).toEqual([]);
    expect(issuesOf(new VireoError('IO_ERROR', 'x', { issues: [{ path: ['a'], message: 'm' }] }))).toEqual(
      [],
    );
    expect(issuesOf(new Error('plain'))).toEqual([]);
  });
});
