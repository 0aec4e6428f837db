import { describe, expect, it } from 'vitest';
import type { PathCheck } from '../../../../shared/host';
import { hasErrors } from './problem';
import { checkingCheck, idleCheck, type PathCheckState } from './path-check-state';
import {
  diskBytes,
  isSshPublicKey,
  validateStep,
  wholeNumber,
  type ValidationContext,
} from './step-validation';
import { initialDraft, type WizardDraft } from './wizard-draft';

const GIB = 2 ** 30;

function context(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return {
    name: 'vm1',
    takenNames: [],
    checks: {
      isoPath: idleCheck,
      diskPath: idleCheck,
      kernelPath: idleCheck,
      initrdPath: idleCheck,
      cloudImage: idleCheck,
    },
    totalMemoryMiB: 8192,
    freeDiskBytes: 100 * GIB,
    ...overrides,
  };
}

function draft(overrides: Partial<WizardDraft>): WizardDraft {
  return { ...initialDraft(), ...overrides };
}

function checked(overrides: Partial<PathCheck>): PathCheckState {
  return {
    status: 'checked',
    check: {
      path: '/x',
      ok: true,
      problem: null,
      sizeBytes: 1,
      format: null,
      virtualSizeBytes: null,
      volumeId: null,
      ...overrides,
    },
  };
}

describe('validateStep: source', () => {
  it('needs the chosen source’s path, absolute', () => {
    expect(validateStep('source', draft({ source: 'iso' }), context())).toEqual({
      isoPath: { severity: 'error', message: { key: 'wzErrPathRequired' } },
    });
    expect(
      validateStep('source', draft({ source: 'iso', isoPath: '~/d.iso' }), context()).isoPath?.message,
    ).toEqual({ key: 'wzErrPathAbsolute' });
    expect(validateStep('source', draft({ source: 'iso', isoPath: '/d.iso' }), context())).toEqual({});
  });

  it('ignores the paths of other sources, and needs none for Empty', () => {
    expect(validateStep('source', draft({ source: 'empty', isoPath: 'relative' }), context())).toEqual({});
  });

  it('shows the engine’s problem with a checked path, in its words', () => {
    const checks = { ...context().checks, diskPath: checked({ ok: false, problem: 'no such file' }) };
    const problems = validateStep(
      'source',
      draft({ source: 'import', diskPath: '/gone.img' }),
      context({ checks }),
    );
    expect(problems.diskPath).toEqual({ severity: 'error', message: { text: 'no such file' } });
  });

  it('does not block while a check is running or when the check itself failed', () => {
    const checks = {
      ...context().checks,
      kernelPath: checkingCheck,
      initrdPath: { status: 'failed', message: 'engine gone' } as const,
    };
    const kernel = draft({ source: 'kernel', kernelPath: '/boot/vmlinuz', initrdPath: '/boot/initrd' });
    expect(validateStep('source', kernel, context({ checks }))).toEqual({});
  });

  it('needs a kernel for direct kernel boot but not an initrd', () => {
    const problems = validateStep('source', draft({ source: 'kernel' }), context());
    expect(Object.keys(problems)).toEqual(['kernelPath']);
  });
});

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ana@laptop';

describe('validateStep: cloud image', () => {
  const cloud = (overrides: Partial<WizardDraft> = {}) =>
    draft({ source: 'cloud', cloudImage: '/img/noble.img', ...overrides });
  const keysOf = (problems: ReturnType<typeof validateStep>) =>
    Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [
        field,
        problem && 'key' in problem.message ? problem.message.key : problem?.message,
      ]),
    );

  it('accepts an absolute path or an http(s) URL, and no answers but the suggested host name', () => {
    expect(validateStep('source', cloud(), context())).toEqual({});
    expect(validateStep('source', cloud({ cloudImage: 'https://x.example/a.img' }), context())).toEqual({});
    expect(validateStep('source', cloud({ cloudImage: 'http://10.0.0.1:8000/a.qcow2' }), context())).toEqual(
      {},
    );
  });

  it('needs an image: a path starting with “/”, or an http(s) URL', () => {
    const image = (cloudImage: string) => keysOf(validateStep('source', cloud({ cloudImage }), context()));
    expect(image('')).toEqual({ cloudImage: 'wzErrCloudImageRequired' });
    expect(image('  ')).toEqual({ cloudImage: 'wzErrCloudImageRequired' });
    expect(image('images/a.img')).toEqual({ cloudImage: 'wzErrCloudImagePath' });
    expect(image('ftp://mirror/a.img')).toEqual({ cloudImage: 'wzErrCloudImageUrl' });
    expect(image('https://')).toEqual({ cloudImage: 'wzErrCloudImageUrl' });
    expect(image('file:///img/a.img')).toEqual({ cloudImage: 'wzErrCloudImageUrl' });
  });

  it('uses the engine’s check of a local image, and refuses formats other than qcow2 and raw', () => {
    const at = (check: PathCheckState) =>
      validateStep('source', cloud(), context({ checks: { ...context().checks, cloudImage: check } }))
        .cloudImage;
    expect(at(checked({ ok: false, problem: 'no such file' }))).toEqual({
      severity: 'error',
      message: { text: 'no such file' },
    });
    expect(at(checked({ format: 'vmdk' }))?.message).toEqual({
      key: 'wzErrCloudImageFormat',
      values: { format: 'vmdk' },
    });
    expect(at(checked({ format: 'qcow2' }))).toBeUndefined();
    expect(at(checkingCheck)).toBeUndefined();
  });

  it('takes an optional SHA-256 of 64 hex digits', () => {
    const sha = (cloudSha256: string) => keysOf(validateStep('source', cloud({ cloudSha256 }), context()));
    expect(sha('')).toEqual({});
    expect(sha(` ${'aF'.repeat(32)} `)).toEqual({});
    expect(sha('abc')).toEqual({ cloudSha256: 'wzErrSha256' });
    expect(sha('g'.repeat(64))).toEqual({ cloudSha256: 'wzErrSha256' });
  });

  it('checks the host name: typed, or made from the VM’s name', () => {
    const host = (hostname: string) =>
      keysOf(validateStep('source', cloud({ hostname, hostnameEdited: true }), context()));
    expect(host('seeded')).toEqual({});
    expect(host('Web-01')).toEqual({});
    expect(host('a'.repeat(63))).toEqual({});
    expect(host('a'.repeat(64))).toEqual({ hostname: 'wzErrHostname' });
    expect(host('no_underscores')).toEqual({ hostname: 'wzErrHostname' });
    expect(host('-lead')).toEqual({ hostname: 'wzErrHostname' });
    expect(host('trail-')).toEqual({ hostname: 'wzErrHostname' });
    expect(host('web.example')).toEqual({ hostname: 'wzErrHostname' });
    expect(host('')).toEqual({ hostname: 'wzErrHostnameEmpty' });
    expect(validateStep('source', cloud(), context({ name: 'Mon Serveur_2 (test)' }))).toEqual({});
  });

  it('checks the user name, and needs one for a password or keys', () => {
    const user = (overrides: Partial<WizardDraft>) =>
      keysOf(validateStep('source', cloud(overrides), context()));
    expect(user({ cloudUser: 'ana', cloudPassword: 'pw' })).toEqual({});
    expect(user({ cloudUser: '_svc-1', cloudKeys: ED25519 })).toEqual({});
    expect(user({ cloudUser: 'Ana', cloudPassword: 'pw' })).toEqual({ cloudUser: 'wzErrUserName' });
    expect(user({ cloudUser: '1ana', cloudPassword: 'pw' })).toEqual({ cloudUser: 'wzErrUserName' });
    expect(user({ cloudUser: 'a'.repeat(33), cloudPassword: 'pw' })).toEqual({ cloudUser: 'wzErrUserName' });
    expect(user({ cloudPassword: 'pw' })).toEqual({ cloudUser: 'wzErrUserNeeded' });
    expect(user({ cloudKeys: ED25519 })).toEqual({ cloudUser: 'wzErrUserNeeded' });
    expect(user({ cloudUser: 'ana', cloudPassword: 'a\u0007b' })).toEqual({
      cloudPassword: 'wzErrPasswordControl',
    });
  });

  it('only warns about a user who can log in with neither a password nor a key', () => {
    const problems = validateStep('source', cloud({ cloudUser: 'ana' }), context());
    expect(problems.cloudUser).toEqual({ severity: 'warning', message: { key: 'wzWarnUserNoLogin' } });
    expect(hasErrors(problems)).toBe(false);
  });

  it('names the first line that is not an SSH public key', () => {
    const keys = (cloudKeys: string) =>
      validateStep('source', cloud({ cloudUser: 'ana', cloudKeys }), context()).cloudKeys?.message;
    expect(keys(`${ED25519}\n\n  ${ED25519}  \n`)).toBeUndefined();
    expect(keys(`${ED25519}\n\nnot a key`)).toEqual({ key: 'wzErrSshKey', values: { line: 3 } });
  });

  it('checks package names', () => {
    const packages = (cloudPackages: string) =>
      validateStep('source', cloud({ cloudPackages }), context()).cloudPackages?.message;
    expect(packages(' htop qemu-guest-agent g++ libfoo1.2 ')).toBeUndefined();
    expect(packages('htop Vim')).toEqual({ key: 'wzErrPackage', values: { name: 'Vim' } });
  });
});

describe('isSshPublicKey', () => {
  it('takes OpenSSH public key lines whose data names their type', () => {
    expect(isSshPublicKey(ED25519)).toBe(true);
    expect(isSshPublicKey(ED25519.replace('ssh-ed25519', 'ssh-rsa'))).toBe(false);
    expect(isSshPublicKey('ssh-ed25519 AAAA@@@@')).toBe(false);
    expect(isSshPublicKey('ssh-ed25519')).toBe(false);
    expect(isSshPublicKey('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe(false);
  });
});

describe('validateStep: resources', () => {
  it('accepts the defaults', () => {
    expect(validateStep('resources', initialDraft(), context())).toEqual({});
  });

  it('refuses an empty, invalid or taken name', () => {
    const keyOf = (name: string, takenNames: string[] = []) => {
      const message = validateStep('resources', initialDraft(), context({ name, takenNames })).name?.message;
      return message && 'key' in message ? message.key : message;
    };
    expect(keyOf('')).toBe('wzErrNameEmpty');
    expect(keyOf('a/b')).toBe('wzErrNameSlash');
    expect(keyOf(' web')).toBe('wzErrNameSpaces');
    expect(keyOf('..')).toBe('wzErrNameDots');
    expect(keyOf('x'.repeat(65))).toBe('wzErrNameTooLong');
    expect(keyOf('a\u0007b')).toBe('wzErrNameControl');
    expect(keyOf('web', ['web'])).toBe('wzErrNameTaken');
    expect(keyOf('网站 服务器, 1')).toBeUndefined();
  });

  it('refuses more memory than the host has, and less than 16 MiB', () => {
    const at = (memoryMiB: string) => validateStep('resources', draft({ memoryMiB }), context()).memoryMiB;
    expect(at('8192')).toBeUndefined();
    expect(at('8193')).toEqual({
      severity: 'error',
      message: { key: 'wzErrMemoryHost', values: { total: 8192 } },
    });
    expect(at('15')?.message).toEqual({ key: 'wzErrMemoryMin', values: { min: 16 } });
    expect(at('2.5')?.message).toEqual({ key: 'wzErrWholeNumber' });
    expect(at('')?.message).toEqual({ key: 'wzErrWholeNumber' });
  });

  it('skips the host memory limit while host info is unknown', () => {
    expect(
      validateStep('resources', draft({ memoryMiB: '65536' }), context({ totalMemoryMiB: null })),
    ).toEqual({});
  });

  it('takes 1 to 255 CPUs', () => {
    const at = (cpus: string) => validateStep('resources', draft({ cpus }), context()).cpus?.message;
    expect(at('1')).toBeUndefined();
    expect(at('255')).toBeUndefined();
    expect(at('0')).toEqual({ key: 'wzErrCpus', values: { max: 255 } });
    expect(at('256')).toEqual({ key: 'wzErrCpus', values: { max: 255 } });
  });

  it('only warns when the disk is larger than the free space', () => {
    const problems = validateStep('resources', draft({ diskGiB: '500' }), context());
    expect(problems.diskGiB).toEqual({
      severity: 'warning',
      message: { key: 'wzWarnDiskFree', values: { free: '100 GiB' } },
    });
    expect(hasErrors(problems)).toBe(false);
    expect(validateStep('resources', draft({ diskGiB: '0' }), context()).diskGiB?.severity).toBe('error');
  });

  it('has no disk size to check for an imported disk', () => {
    expect(validateStep('resources', draft({ source: 'import', diskGiB: '' }), context())).toEqual({});
  });
});

describe('number parsing', () => {
  it('reads whole numbers and GiB sizes', () => {
    expect(wholeNumber(' 2048 ')).toBe(2048);
    expect(wholeNumber('1e3')).toBeUndefined();
    expect(wholeNumber('-1')).toBeUndefined();
    expect(diskBytes('20')).toBe(20 * GIB);
    expect(diskBytes('0.5')).toBe(GIB / 2);
    expect(diskBytes('0')).toBeUndefined();
    expect(diskBytes('abc')).toBeUndefined();
  });
});
