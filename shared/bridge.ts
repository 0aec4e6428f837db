import type { ErrorPayload } from './errors';
import type { RequestName } from './contract';

/** What one bridged request answers: never a thrown error, so codes and details survive IPC. */
export type BridgeResponse = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

/**
 * The API the Electron preload exposes as `window.vireo`: one function per contract request
 * (and nothing else callable), plus event subscription returning an unsubscribe.
 */
export interface VireoBridge {
  requests: Record<RequestName, (params: unknown) => Promise<BridgeResponse>>;
  onEvent(listener: (frame: { event: string; payload: unknown }) => void): () => void;
}

/** IPC channel names, derived from the contract's names. */
export const ipcChannels = {
  request: (name: RequestName) => `vireo:request:${name}`,
  event: 'vireo:event',
} as const;
