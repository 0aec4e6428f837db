import { useEffect, useState } from 'react';
import type { FilePurpose } from '../../../../shared/host';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';
import { checkingCheck, idleCheck, type PathCheckState } from './path-check-state';

const DEBOUNCE_MS = 300;

interface Answer {
  path: string;
  purpose: FilePurpose;
  state: PathCheckState;
}

/**
 * The engine's `host.checkPath` of a typed absolute path, asked once typing pauses. Answers are
 * kept with the path they are about, so a late answer for an older path is never shown.
 */
export function usePathCheck(path: string, purpose: FilePurpose, enabled: boolean): PathCheckState {
  const client = useAppStore((state) => state.client);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const active = enabled && path.startsWith('/');

  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      client.invoke('host.checkPath', { path, purpose }).then(
        (check) => {
          if (live) setAnswer({ path, purpose, state: { status: 'checked', check } });
        },
        (error: unknown) => {
          if (live) setAnswer({ path, purpose, state: { status: 'failed', message: errorMessage(error) } });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, path, purpose, active]);

  if (!active) return idleCheck;
  return answer?.path === path && answer.purpose === purpose ? answer.state : checkingCheck;
}
