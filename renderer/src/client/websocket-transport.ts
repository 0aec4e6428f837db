import type { ClientTransport, RequestFrame } from '../../../shared/wire';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

/**
 * Frames over a WebSocket that reconnects by itself (1 s, then backing off to 10 s). Requests sent
 * while disconnected wait for the connection; requests lost with a dropped connection fail with
 * ENGINE_UNAVAILABLE. `onStatus` tells the app when to resync after a reconnect.
 */
export function websocketTransport(
  url: string,
  onStatus: (status: ConnectionStatus) => void,
): ClientTransport {
  let socket: WebSocket | undefined;
  let deliver: (frame: unknown) => void = () => undefined;
  const queued: RequestFrame[] = [];
  const inFlight = new Set<number>();
  let retryMs = 1000;
  let closedByUs = false;

  const connect = () => {
    onStatus('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 1000;
      onStatus('connected');
      for (const frame of queued.splice(0)) ws.send(JSON.stringify(frame));
    };
    ws.onmessage = (message) => {
      let frame: unknown;
      try {
        frame = JSON.parse(String(message.data));
      } catch {
        return;
      }
      if (typeof frame === 'object' && frame !== null && 'id' in frame) inFlight.delete(Number(frame.id));
      deliver(frame);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = undefined;
      for (const id of inFlight) {
        deliver({ id, error: { code: 'ENGINE_UNAVAILABLE', message: 'the connection to Vireo was lost' } });
      }
      inFlight.clear();
      onStatus('disconnected');
      if (!closedByUs) setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  };
  connect();

  return {
    send(frame) {
      if (socket?.readyState === WebSocket.OPEN) {
        inFlight.add(frame.id);
        socket.send(JSON.stringify(frame));
      } else {
        queued.push(frame);
      }
    },
    onFrame(listener) {
      deliver = listener;
    },
    onClose() {
      // Never closes for the client: it reconnects and reports through onStatus.
    },
    close() {
      closedByUs = true;
      socket?.close();
    },
  };
}
