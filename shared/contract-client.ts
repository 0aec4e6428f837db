import {
  events,
  isEventName,
  requests,
  type ContractClient,
  type EventName,
  type EventPayload,
  type RequestName,
} from './contract';
import { toErrorPayload, VireoError } from './errors';
import { serverFrameSchema, type ClientTransport } from './wire';

interface Pending {
  name: RequestName;
  resolve: (value: unknown) => void;
  reject: (error: VireoError) => void;
}

/**
 * The contract client for any frame transport. Arguments are checked before they leave, results
 * and event payloads when they arrive, so a caller only ever sees what the contract declares.
 */
export function createContractClient(transport: ClientTransport): ContractClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let nextId = 1;
  let closed = false;

  transport.onFrame((raw) => {
    const parsed = serverFrameSchema.safeParse(raw);
    if (!parsed.success) return;
    const frame = parsed.data;
    if ('event' in frame) {
      if (!isEventName(frame.event)) return;
      const payload = events[frame.event].safeParse(frame.payload);
      if (!payload.success) return;
      for (const listener of listeners.get(frame.event) ?? []) listener(payload.data as never);
      return;
    }
    const waiting = pending.get(frame.id);
    if (!waiting) return;
    pending.delete(frame.id);
    if ('error' in frame) {
      waiting.reject(VireoError.fromPayload(frame.error));
      return;
    }
    const result = requests[waiting.name].result.safeParse(frame.result);
    if (result.success) waiting.resolve(result.data);
    else
      waiting.reject(
        new VireoError('INTERNAL', `the engine answered ${waiting.name} with an invalid result`),
      );
  });

  transport.onClose(() => {
    closed = true;
    for (const waiting of pending.values()) {
      waiting.reject(
        new VireoError('ENGINE_UNAVAILABLE', `the connection to the engine closed during ${waiting.name}`),
      );
    }
    pending.clear();
  });

  return {
    invoke(name, params) {
      if (closed) return Promise.reject(new VireoError('ENGINE_UNAVAILABLE', 'not connected to the engine'));
      const checked = requests[name].params.safeParse(params);
      if (!checked.success) {
        return Promise.reject(VireoError.fromPayload(toErrorPayload(checked.error)));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
        transport.send({ id, method: name, params });
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    close() {
      transport.close();
    },
  };
}
