import { z } from 'zod';

/**
 * Error codes that cross every boundary (control socket, IPC, WebSocket, CLI exit status).
 * Input errors are the caller's to fix; the rest are failures of an operation.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'BUSY',
  'QEMU_MISSING',
  'QEMU_FAILED',
  'QMP_ERROR',
  'TIMEOUT',
  'ENGINE_UNAVAILABLE',
  'ENGINE_LOCKED',
  'FORBIDDEN',
  'UNSUPPORTED',
  'IO_ERROR',
  /** A long operation the user cancelled: everything is as it was before it. */
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

const inputErrorCodes: ReadonlySet<ErrorCode> = new Set(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT']);

export const errorPayloadSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

export class VireoError extends Error {
  override readonly name = 'VireoError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get isInputError(): boolean {
    return inputErrorCodes.has(this.code);
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): VireoError {
    return new VireoError(payload.code, payload.message, payload.details);
  }
}

/** Turns anything thrown into a payload safe to send: never a stack trace. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof VireoError) return error.toPayload();
  if (error instanceof z.ZodError) {
    // Every issue, with its path, so a form can show each next to its field.
    const issues = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    return { code: 'INVALID_INPUT', message: describeZodError(error), details: { issues } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

/** One line naming the first problem: "memoryMiB: must be at least 16". */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** An input error about one field, by its path in the request (e.g. ['network', 'forwards', 1, 'hostPort']). */
export function fieldError(
  code: 'INVALID_INPUT' | 'CONFLICT',
  path: ReadonlyArray<string | number>,
  message: string,
): VireoError {
  return new VireoError(code, message, { issues: [{ path: path.map(String), message }] });
}

/**
 * The same error with every field path under `prefix`: errors about a config become errors about
 * the request field that carried it (['memoryMiB'] → ['changes', 'memoryMiB']).
 */
export function underField(error: unknown, prefix: string): unknown {
  const payload = toErrorPayload(error);
  const issues = payload.details?.issues;
  if (!Array.isArray(issues)) return error;
  const moved = issues.map((issue: { path: string[]; message: string }) => ({
    ...issue,
    path: [prefix, ...issue.path],
  }));
  return new VireoError(payload.code, payload.message, { ...payload.details, issues: moved });
}
