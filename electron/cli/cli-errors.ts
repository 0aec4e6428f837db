import { toErrorPayload, VireoError } from '../../shared/errors';

/** Exit statuses: 0 ok, 1 the operation failed, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

export function badInput(message: string): VireoError {
  return new VireoError('INVALID_INPUT', message);
}

export function exitCodeFor(error: unknown): number {
  const payload = toErrorPayload(error);
  return payload.code === 'INVALID_INPUT' || payload.code === 'NOT_FOUND' || payload.code === 'CONFLICT'
    ? EXIT_BAD_INPUT
    : EXIT_FAILED;
}

export function reportError(error: unknown, json: boolean): number {
  const payload = toErrorPayload(error);
  if (json) process.stdout.write(`${JSON.stringify({ error: payload })}\n`);
  process.stderr.write(`vireo: ${payload.message}\n`);
  return exitCodeFor(error);
}
