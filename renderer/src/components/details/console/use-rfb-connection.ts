import type RFB from '@novnc/novnc';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../../../store/store-context';
import { consoleUrl } from './console-url';
import { loadRfb } from './load-rfb';

/** Connecting (ticket, WebSocket, RFB handshake), connected, or waiting to try again. */
export type ConnectionPhase = 'connecting' | 'connected' | 'waiting';

export interface RfbConnection {
  phase: ConnectionPhase;
  /** The connection dropped or failed since it was last up: the screen says Reconnecting…. */
  reconnecting: boolean;
  /** The live session, while connected. */
  rfb: RFB | null;
}

interface Options {
  uuid: string;
  /** The VM runs with VNC: connect, and reconnect (a new ticket each time) while this holds. */
  enabled: boolean;
  /** Where noVNC puts its screen; it must stay mounted while enabled. */
  target: RefObject<HTMLDivElement | null>;
  onClipboard(text: string): void;
  /** Each new session's canvas, to label it and put it in the Tab order. */
  onCanvas(canvas: HTMLCanvasElement): void;
}

const retryDelaysMs = [500, 1000, 2000, 3000];

/**
 * One noVNC session to a VM's screen at a time. Tickets are single-use and short-lived, so every
 * attempt asks for a new one; a drop (guest reboot, engine restart, proxy closed) retries with a
 * short backoff until it connects again or `enabled` goes false.
 */
export function useRfbConnection({ uuid, enabled, target, onClipboard, onCanvas }: Options): RfbConnection {
  const client = useAppStore((state) => state.client);
  const [connection, setConnection] = useState<RfbConnection>({
    phase: 'connecting',
    reconnecting: false,
    rfb: null,
  });
  const callbacks = useRef({ onClipboard, onCanvas });
  useEffect(() => {
    callbacks.current = { onClipboard, onCanvas };
  });

  useEffect(() => {
    const element = target.current;
    if (!enabled || !element) return;
    let stopped = false;
    let session: RFB | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const retry = () => {
      if (stopped) return;
      const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)];
      failures++;
      setConnection({ phase: 'waiting', reconnecting: true, rfb: null });
      timer = setTimeout(attempt, delay);
    };

    const open = (Rfb: typeof RFB, url: string) => {
      const rfb = new Rfb(element, url, { wsProtocols: ['binary'] });
      session = rfb;
      rfb.background = 'transparent';
      rfb.focusOnClick = true;
      rfb.addEventListener('connect', () => {
        if (stopped) return;
        failures = 0;
        setConnection({ phase: 'connected', reconnecting: false, rfb });
      });
      rfb.addEventListener('disconnect', () => {
        if (session === rfb) session = undefined;
        retry();
      });
      rfb.addEventListener('clipboard', (event) => callbacks.current.onClipboard(event.detail.text));
      const canvas = element.lastElementChild?.querySelector('canvas');
      if (canvas) callbacks.current.onCanvas(canvas);
    };

    const attempt = () => {
      setConnection((before) => ({ ...before, phase: 'connecting', rfb: null }));
      Promise.all([loadRfb(), client.invoke('console.ticket', { vm: uuid })])
        .then(([Rfb, ticket]) => {
          if (stopped) return;
          const desktop = window.vireo !== undefined;
          open(Rfb, consoleUrl(ticket, { desktop, protocol: location.protocol, host: location.host }));
        })
        .catch(retry);
    };

    setConnection({ phase: 'connecting', reconnecting: false, rfb: null });
    attempt();
    return () => {
      stopped = true;
      clearTimeout(timer);
      session?.disconnect();
      setConnection({ phase: 'connecting', reconnecting: false, rfb: null });
    };
  }, [client, uuid, enabled, target]);

  return connection;
}
