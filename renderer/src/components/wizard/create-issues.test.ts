import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toErrorPayload, VireoError } from '../../../../shared/errors';
import { createVmParamsSchema } from '../../../../shared/vm-requests';
import { createFieldOf, mapCreateError } from './create-issues';
import { issuesOf } from './engine-issues';

/** The error the engine answers for params its schema refuses. */
function refusal(params: unknown): VireoError {
  const result = createVmParamsSchema.safeParse(params);
  if (result.success) throw new Error('expected the params to be refused');
  return VireoError.fromPayload(toErrorPayload(result.error));
}

describe('mapCreateError', () => {
  it('puts each zod issue from the engine on its wizard field', () => {
    const error = refusal({ name: 'a/b', memoryMiB: 8, cpus: 0, iso: 'relative.iso', diskSizeBytes: 1 });
    expect(mapCreateError(error, 'iso')).toEqual({
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
    expect(mapCreateError(refusal({ name: 'x', importDisk: { path: 'rel' } }), 'import').fields).toEqual({
      diskPath: 'disk path must be absolute',
    });
    expect(mapCreateError(refusal({ name: 'x', initrd: '/boot/initrd' }), 'kernel').fields).toEqual({
      kernelPath: 'an initrd or kernel command line needs a kernel',
    });
  });

  it('puts a name conflict on the name', () => {
    const error = new VireoError('CONFLICT', 'a VM named "web" already exists');
    expect(mapCreateError(error, 'iso')).toEqual({
      fields: { name: 'a VM named "web" already exists' },
      general: null,
    });
  });

  it('keeps errors without field issues as the general message', () => {
    const error = new VireoError('INVALID_INPUT', 'memory 9000 MiB is more than this host has (8 GiB)');
    expect(mapCreateError(error, 'iso')).toEqual({ fields: {}, general: error.message });
    expect(mapCreateError(new VireoError('QEMU_MISSING', 'qemu-img was not found'), 'empty').general).toBe(
      'qemu-img was not found',
    );
  });

  it('keeps issues for fields the wizard does not have as the general message', () => {
    const error = new VireoError('INVALID_INPUT', 'machine: bad', {
      issues: [
        { path: ['machine'], message: 'bad' },
        { path: ['name'], message: 'must not be empty' },
      ],
    });
    expect(mapCreateError(error, 'iso')).toEqual({
      fields: { name: 'must not be empty' },
      general: 'machine: bad',
    });
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
