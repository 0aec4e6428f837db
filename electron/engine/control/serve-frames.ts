import { toErrorPayload } from '../../../shared/errors';
import { requestFrameSchema } from '../../../shared/wire';
import type { EngineSession } from '../engine-session';

/**
 * Answers one request frame from a frame transport (control socket, WebSocket): validates the
 * frame, runs it in the session, replies with its result or a typed error. Never throws.
 */
export function serveRequestFrame(
  session: EngineSession,
  raw: unknown,
  reply: (frame: unknown) => void,
): void {
  const frame = requestFrameSchema.safeParse(raw);
  if (!frame.success) {
    reply({ id: 0, error: { code: 'INVALID_INPUT', message: 'malformed request frame' } });
    return;
  }
  const { id, method, params } = frame.data;
  session.invoke(method, params).then(
    (result) => reply({ id, result }),
    (error: unknown) => reply({ id, error: toErrorPayload(error) }),
  );
}
