import { useCallback, useState } from 'react';
import type { FilePurpose, PathCheck } from '../../../../../shared/host';
import { useAppStore } from '../../../store/store-context';

export type PathCheckState =
  | { kind: 'none' }
  | { kind: 'checking'; path: string }
  | { kind: 'done'; check: PathCheck }
  | { kind: 'failed'; path: string; message: string };

/**
 * Asks the engine what is at a path (it is the engine's host that runs QEMU). The answer is kept
 * only while the field still holds that path.
 */
export function usePathCheck(purpose: FilePurpose, value: string) {
  const client = useAppStore((state) => state.client);
  const [state, setState] = useState<PathCheckState>({ kind: 'none' });

  const check = useCallback(
    (path: string) => {
      if (!path.startsWith('/')) return;
      setState({ kind: 'checking', path });
      client.invoke('host.checkPath', { path, purpose }).then(
        (result) =>
          setState((now) =>
            now.kind === 'checking' && now.path === path ? { kind: 'done', check: result } : now,
          ),
        (error: unknown) =>
          setState({ kind: 'failed', path, message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [client, purpose],
  );

  const current =
    (state.kind === 'done' && state.check.path === value) ||
    ((state.kind === 'checking' || state.kind === 'failed') && state.path === value)
      ? state
      : ({ kind: 'none' } as const);
  return { state: current, check };
}
