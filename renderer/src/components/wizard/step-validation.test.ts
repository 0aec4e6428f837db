import { describe, expect, it } from 'vitest';
import type { PathCheck } from '../../../../shared/host';
import { hasErrors } from './problem';
import { checkingCheck, idleCheck, type PathCheckState } from './path-check-state';
import { diskBytes, validateStep, wholeNumber, type ValidationContext } from './step-validation';
import { initialDraft, type WizardDraft } from './wizard-draft';

const GIB = 2 ** 30;

function context(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return {
    name: 'vm1',
    takenNames: [],
    checks: { isoPath: idleCheck, diskPath: idleCheck, kernelPath: idleCheck, initrdPath: idleCheck },
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
