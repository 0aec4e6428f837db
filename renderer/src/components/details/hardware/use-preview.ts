import { useEffect, useRef, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmConfigChanges } from '../../../../../shared/vm-requests';
import { errorMessage } from '../../../store/error-message';
import { useAppStore } from '../../../store/store-context';
import { engineIssues, type EngineIssue } from './issue-fields';

export const PREVIEW_DEBOUNCE_MS = 300;

export type Preview =
  | { kind: 'waiting' }
  | { kind: 'argv'; argv: string[] }
  | { kind: 'issues'; issues: EngineIssue[] }
  | { kind: 'failed'; message: string };

/**
 * The QEMU command line the draft would start with (vm.previewArgs), asked ~300 ms after the last
 * edit. `changes` is null while the draft has client-side problems: nothing is asked then. A newer
 * edit drops the answer of an older one. `updating` is true while an answer is due.
 */
export function usePreview(uuid: string, baseline: VmConfig | null, changes: VmConfigChanges | null) {
  const client = useAppStore((state) => state.client);
  const [preview, setPreview] = useState<Preview>({ kind: 'waiting' });
  const [updating, setUpdating] = useState(false);
  const ticket = useRef(0);
  const key = changes === null ? null : JSON.stringify(changes);

  useEffect(() => {
    const mine = ++ticket.current;
    if (key === null || baseline === null) {
      setUpdating(false);
      return;
    }
    setUpdating(true);
    const timer = setTimeout(() => {
      const sent = JSON.parse(key) as VmConfigChanges;
      client.invoke('vm.previewArgs', { vm: uuid, changes: sent }).then(
        ({ argv }) => settle(mine, { kind: 'argv', argv }),
        (error: unknown) => {
          const issues = engineIssues(error);
          settle(
            mine,
            issues ? { kind: 'issues', issues } : { kind: 'failed', message: errorMessage(error) },
          );
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);

    function settle(from: number, next: Preview) {
      if (from !== ticket.current) return;
      setPreview(next);
      setUpdating(false);
    }
  }, [client, uuid, baseline, key]);

  return { preview, updating };
}
