import { z } from 'zod';
import { errorPayloadSchema } from './errors';

/** Frames every message transport carries (control socket, WebSocket): requests, answers, events. */
export const requestFrameSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string(),
  params: z.unknown().optional(),
});
export type RequestFrame = z.infer<typeof requestFrameSchema>;

export const serverFrameSchema = z.union([
  z.object({ id: z.number().int(), result: z.unknown() }),
  z.object({ id: z.number().int(), error: errorPayloadSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

/** What a client needs from a transport; it knows nothing of sockets, IPC or WebSocket. */
export interface ClientTransport {
  send(frame: RequestFrame): void;
  onFrame(listener: (frame: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}
