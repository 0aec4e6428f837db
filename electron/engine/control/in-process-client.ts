import type { ContractClient } from '../../../shared/contract';
import { createContractClient } from '../../../shared/contract-client';
import { toErrorPayload } from '../../../shared/errors';
import type { RequestFrame } from '../../../shared/wire';
import type { Engine } from '../engine';

/**
 * A contract client wired straight to an engine in this process. Frames go through a JSON round
 * trip, exactly as over a socket, so in-process and remote callers behave the same.
 */
export function inProcessClient(engine: Engine): ContractClient {
  let deliver: (frame: unknown) => void = () => undefined;
  const closeListeners: Array<() => void> = [];
  const wire = (frame: unknown) => queueMicrotask(() => deliver(JSON.parse(JSON.stringify(frame))));
  const session = engine.openSession((event, payload) => wire({ event, payload }));
  return createContractClient({
    send: ({ id, method, params }: RequestFrame) => {
      session.invoke(method, JSON.parse(JSON.stringify(params ?? {}))).then(
        (result) => wire({ id, result }),
        (error: unknown) => wire({ id, error: toErrorPayload(error) }),
      );
    },
    onFrame: (listener) => (deliver = listener),
    onClose: (listener) => closeListeners.push(listener),
    close: () => {
      session.close();
      for (const listener of closeListeners) listener();
    },
  });
}
