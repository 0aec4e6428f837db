import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/store-context';
import { reconcileSelection } from './list-navigation';

/**
 * Keeps the selection on a VM the list shows: when the selected one goes (deleted, filtered out)
 * its neighbour takes over, and with none selected the first is.
 */
export function useSelectionFollowsList(ids: readonly string[]): void {
  const selected = useAppStore((state) => state.selectedUuid);
  const selectVm = useAppStore((state) => state.selectVm);
  const before = useRef<readonly string[]>([]);
  useEffect(() => {
    const next = reconcileSelection(before.current, ids, selected);
    before.current = ids;
    if (next !== selected) selectVm(next);
  }, [ids, selected, selectVm]);
}
