import { useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../../store/error-message';
import { useConnected } from '../../../store/selectors';
import { useAppStore } from '../../../store/store-context';
import { AckBatcher } from '../../terminal/ack-batcher';
import { base64ToBytes } from '../../terminal/bytes';
import type { XtermHandle } from '../../terminal/XtermView';
import { LiveMerge } from './live-merge';

/** How much of a console's past the view shows on opening. */
export const HISTORY_BYTES = 4 * 1024 * 1024;

export type StreamStatus = { phase: 'loading' } | { phase: 'live' } | { phase: 'failed'; message: string };

/**
 * Fills a console's terminal: subscribe, then the history, then live output, written straight into
 * xterm (never into React state) and acknowledged to the engine once xterm has parsed it — the
 * engine pauses the console while this view is far behind. Starts over on every (re)connect.
 * `view` is null until the terminal exists.
 */
export function useSerialStream(uuid: string, port: string, view: RefObject<XtermHandle | null> | null) {
  const client = useAppStore((state) => state.client);
  const connected = useConnected();
  const [status, setStatus] = useState<StreamStatus>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /**
   * True while the history is being parsed: xterm answers queries in it (a shell's cursor-position
   * request, ESC [6n) as if they were new, and those answers must not reach the guest.
   */
  const replaying = useRef(false);

  useEffect(() => {
    const term = view?.current;
    if (!connected || !term) return undefined;
    let active = true;
    const merge = new LiveMerge();
    const acks = new AckBatcher((bytes) => {
      client.invoke('serial.ack', { vm: uuid, port, bytes }).catch(() => undefined);
    });
    setStatus({ phase: 'loading' });
    term.reset();
    const stopListening = client.on('serial.output', (event) => {
      if (event.uuid !== uuid || event.port !== port) return;
      const bytes = base64ToBytes(event.data);
      if (merge.onOutput() === 'drop') acks.add(bytes.length);
      else term.write(bytes, () => acks.add(bytes.length));
    });
    client
      .invoke('serial.subscribe', { vm: uuid, port })
      .then(() => client.invoke('serial.history', { vm: uuid, port, maxBytes: HISTORY_BYTES }))
      .then(
        ({ data }) => {
          if (!active) return;
          replaying.current = true;
          term.write(base64ToBytes(data), () => {
            if (active) replaying.current = false;
          });
          merge.onHistory();
          setStatus({ phase: 'live' });
        },
        (error: unknown) => {
          if (active) setStatus({ phase: 'failed', message: errorMessage(error) });
        },
      );
    return () => {
      active = false;
      replaying.current = false;
      stopListening();
      acks.dispose();
      client.invoke('serial.unsubscribe', { vm: uuid, port }).catch(() => undefined);
    };
  }, [client, uuid, port, connected, attempt, view]);

  return { status, replaying, retry: () => setAttempt((n) => n + 1) };
}
