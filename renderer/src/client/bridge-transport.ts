import type { VireoBridge } from '../../../shared/bridge';
import { isRequestName } from '../../../shared/contract';
import type { ClientTransport } from '../../../shared/wire';

/** Frames over the Electron preload bridge (`window.vireo`): one bridged function per request. */
export function bridgeTransport(bridge: VireoBridge): ClientTransport {
  let deliver: (frame: unknown) => void = () => undefined;
  return {
    send({ id, method, params }) {
      const call = isRequestName(method) ? bridge.requests[method] : undefined;
      if (!call) {
        deliver({ id, error: { code: 'INVALID_INPUT', message: `unknown request ${method}` } });
        return;
      }
      call(params).then(
        (response) => deliver(response.ok ? { id, result: response.result } : { id, error: response.error }),
        (error: unknown) => deliver({ id, error: { code: 'INTERNAL', message: String(error) } }),
      );
    },
    onFrame(listener) {
      deliver = listener;
      bridge.onEvent((frame) => listener(frame));
    },
    onClose() {
      // The bridge lives as long as the window.
    },
    close() {
      // Nothing to close: the window owns the bridge.
    },
  };
}
