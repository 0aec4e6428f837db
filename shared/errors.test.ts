import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodError, errorCodes, errorPayloadSchema, toErrorPayload, VireoError } from './errors';

function zodError(schema: z.ZodType, input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error;
}

/** No key or value in the payload looks like a stack trace. */
function expectNoStack(payload: unknown): void {
  const text = JSON.stringify(payload);
  expect(text).not.toMatch(/\bstack\b/);
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/\.ts:\d+/);
}

describe('toErrorPayload', () => {
  it('turns an Error into INTERNAL with its message and no stack', () => {
    const error = new Error('disk exploded');
    expect(error.stack).toContain('errors.test.ts');
    const payload = toErrorPayload(error);
    expect(payload).toEqual({ code: 'INTERNAL', message: 'disk exploded' });
    expectNoStack(payload);
  });

  it('keeps only the message of an Error subclass carrying extra properties', () => {
    const error = Object.assign(new TypeError('bad thing'), { secret: 'hunter2', errno: -2 });
    const payload = toErrorPayload(error);
    expect(payload).toEqual({ code: 'INTERNAL', message: 'bad thing' });
    expect(JSON.stringify(payload)).not.toContain('hunter2');
  });

  it('turns a thrown string into INTERNAL with the string as message', () => {
    expect(toErrorPayload('oops')).toEqual({ code: 'INTERNAL', message: 'oops' });
  });

  it('turns other thrown values into INTERNAL with their string form', () => {
    expect(toErrorPayload(undefined)).toEqual({ code: 'INTERNAL', message: 'undefined' });
    expect(toErrorPayload(42)).toEqual({ code: 'INTERNAL', message: '42' });
  });

  it('turns a ZodError into INVALID_INPUT with a "path: message" line', () => {
    const schema = z.object({ config: z.object({ memoryMiB: z.number().min(16, 'must be at least 16') }) });
    const payload = toErrorPayload(zodError(schema, { config: { memoryMiB: 8 } }));
    expect(payload).toEqual({
      code: 'INVALID_INPUT',
      message: 'config.memoryMiB: must be at least 16',
      // Every issue by path, so a form can put each next to its field.
      details: { issues: [{ path: ['config', 'memoryMiB'], message: 'must be at least 16' }] },
    });
    expect(payload.message).not.toContain('\n');
    expectNoStack(payload);
  });

  it('describes only the first problem of a ZodError with several', () => {
    const schema = z.object({ a: z.string('a must be text'), b: z.string('b must be text') });
    expect(toErrorPayload(zodError(schema, { a: 1, b: 2 })).message).toBe('a: a must be text');
  });

  it('omits the path prefix for a problem at the root', () => {
    expect(describeZodError(zodError(z.string('must be text'), 5))).toBe('must be text');
  });

  it('passes a VireoError through with its code, message and details', () => {
    const error = new VireoError('NOT_FOUND', 'no VM "web"', { vm: 'web' });
    const payload = toErrorPayload(error);
    expect(payload).toEqual({ code: 'NOT_FOUND', message: 'no VM "web"', details: { vm: 'web' } });
    expectNoStack(payload);
  });

  it('always produces a payload that the wire schema accepts', () => {
    const thrown = [
      new Error('x'),
      'x',
      null,
      zodError(z.number(), 'x'),
      new VireoError('BUSY', 'x'),
      new VireoError('QMP_ERROR', 'x', { class: 'GenericError' }),
    ];
    for (const error of thrown)
      expect(errorPayloadSchema.safeParse(toErrorPayload(error)).success).toBe(true);
  });
});

describe('VireoError', () => {
  it('is an Error named VireoError with a code', () => {
    const error = new VireoError('TIMEOUT', 'took too long');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('VireoError');
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('took too long');
    expect(error.details).toBeUndefined();
  });

  it('omits details from the payload when there are none', () => {
    const payload = new VireoError('BUSY', 'busy').toPayload();
    expect(payload).toEqual({ code: 'BUSY', message: 'busy' });
    expect(Object.keys(payload)).not.toContain('details');
  });

  it('round-trips through toPayload, JSON and fromPayload', () => {
    const original = new VireoError('QEMU_FAILED', 'qemu exited with status 1', {
      status: 1,
      log: ['a', 'b'],
    });
    const wire = errorPayloadSchema.parse(JSON.parse(JSON.stringify(original.toPayload())));
    const copy = VireoError.fromPayload(wire);
    expect(copy).toBeInstanceOf(VireoError);
    expect(copy.code).toBe('QEMU_FAILED');
    expect(copy.message).toBe('qemu exited with status 1');
    expect(copy.details).toEqual({ status: 1, log: ['a', 'b'] });
    expect(copy.toPayload()).toEqual(original.toPayload());
  });

  it.each(errorCodes)('isInputError for %s', (code) => {
    const inputCodes = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'];
    expect(new VireoError(code, 'x').isInputError).toBe(inputCodes.includes(code));
  });
});
