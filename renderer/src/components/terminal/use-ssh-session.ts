import { useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../store/error-message';
import { useConnected } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { AckBatcher } from './ack-batcher';
import { chunkText, utf8Length } from './bytes';
import type { XtermHandle } from './XtermView';

export type SshState =
  | { phase: 'idle' }
  | { phase: 'connecting' }
  | { phase: 'open'; command: string }
  | { phase: 'ended'; message: string }
  | { phase: 'failed'; message: string };

interface Session {
  id: string;
  acks: AckBatcher;
}

/** The most one terminal.input carries (the contract's limit). */
const INPUT_CHUNK = 65536;

/**
 * One SSH session at a time in a terminal: terminal.open with the terminal's size, its output
 * written into xterm and acknowledged once parsed, keystrokes and resizes sent back, the exit shown.
 * Closing (or unmounting) ends the session.
 */
export function useSshSession(uuid: string, view: RefObject<XtermHandle | null>, lostMessage: string) {
  const client = useAppStore((state) => state.client);
  const connected = useConnected();
  const [state, setState] = useState<SshState>({ phase: 'idle' });
  const session = useRef<Session | null>(null);
  /** While terminal.open is in flight: what arrived for ids not known yet (replayed for ours). */
  const early = useRef<{ output: Map<string, string[]>; exits: Map<string, string> } | null>(null);
  const mounted = useRef(true);

  const output = (current: Session, data: string) => {
    const bytes = utf8Length(data);
    view.current?.write(data, () => current.acks.add(bytes));
  };
  const ended = (message: string) => {
    session.current?.acks.dispose();
    session.current = null;
    view.current?.write(`\r\n\x1b[2m${message}\x1b[0m\r\n`);
    setState({ phase: 'ended', message });
  };

  useEffect(() => {
    mounted.current = true;
    const offOutput = client.on('terminal.output', ({ id, data }) => {
      if (session.current?.id === id) output(session.current, data);
      else early.current?.output.set(id, [...(early.current.output.get(id) ?? []), data]);
    });
    const offExit = client.on('terminal.exit', ({ id, message }) => {
      if (session.current?.id === id) ended(message);
      else early.current?.exits.set(id, message);
    });
    return () => {
      mounted.current = false;
      offOutput();
      offExit();
      const current = session.current;
      session.current = null;
      current?.acks.dispose();
      if (current) client.invoke('terminal.close', { id: current.id }).catch(() => undefined);
    };
    // output/ended use refs and the view only.
  }, [client]);

  // The engine ends a window's terminals when its connection drops.
  useEffect(() => {
    if (!connected && session.current) ended(lostMessage);
  });

  const connect = async (user: string, identityFile: string) => {
    const term = view.current;
    if (!term || session.current || early.current) return;
    const { cols, rows } = term.fit();
    term.reset();
    setState({ phase: 'connecting' });
    early.current = { output: new Map(), exits: new Map() };
    try {
      const opened = await client.invoke('terminal.open', {
        vm: uuid,
        cols: Math.max(2, cols),
        rows: Math.max(2, rows),
        ...(user ? { user } : {}),
        ...(identityFile ? { identityFile } : {}),
      });
      if (!mounted.current) {
        client.invoke('terminal.close', { id: opened.id }).catch(() => undefined);
        return;
      }
      const current: Session = {
        id: opened.id,
        acks: new AckBatcher((bytes) => {
          client.invoke('terminal.ack', { id: opened.id, bytes }).catch(() => undefined);
        }),
      };
      session.current = current;
      setState({ phase: 'open', command: opened.command.join(' ') });
      for (const data of early.current.output.get(opened.id) ?? []) output(current, data);
      const exit = early.current.exits.get(opened.id);
      if (exit !== undefined) ended(exit);
      else term.focus();
    } catch (error) {
      if (mounted.current) setState({ phase: 'failed', message: errorMessage(error) });
    } finally {
      early.current = null;
    }
  };

  return {
    state,
    connect,
    disconnect: () => {
      const current = session.current;
      if (current) client.invoke('terminal.close', { id: current.id }).catch(() => undefined);
    },
    onData: (data: string) => {
      const current = session.current;
      if (!current) return;
      for (const text of chunkText(data, INPUT_CHUNK)) {
        client.invoke('terminal.input', { id: current.id, data: text }).catch(() => undefined);
      }
    },
    onResize: (cols: number, rows: number) => {
      const current = session.current;
      if (current && cols >= 2 && rows >= 2) {
        client.invoke('terminal.resize', { id: current.id, cols, rows }).catch(() => undefined);
      }
    },
  };
}
