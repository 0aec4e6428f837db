import { useEffect, useState } from 'react';
import { errorMessage } from '../../store/error-message';

export interface RequestState<T> {
  data: T | undefined;
  /** Why the last load failed, shown where the data would be. */
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads what a panel shows, again whenever `key` changes (the VM, or its state) and on reload().
 * The previous data stays while a reload is in flight, so a refresh never blanks the panel; an
 * answer that arrives after a newer load started is dropped.
 */
export function useRequest<T>(load: () => Promise<T>, key: string): RequestState<T> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<Omit<RequestState<T>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  useEffect(() => {
    let current = true;
    setState((before) => ({ ...before, loading: true }));
    load().then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        current && setState((before) => ({ ...before, error: errorMessage(error), loading: false })),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when what it loads changes.
  }, [key, nonce]);
  return { ...state, reload: () => setNonce((n) => n + 1) };
}
