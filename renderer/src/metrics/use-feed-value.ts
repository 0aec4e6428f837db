import { useCallback, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/store-context';
import type { MetricsFeed } from './metrics-feed';

/**
 * A value read from the metrics feed, re-read on every tick. `read` must return the same object
 * until the feed changes (the latest tick, a VM's latest sample), as useSyncExternalStore needs.
 */
export function useFeedValue<T>(read: (feed: MetricsFeed) => T): T {
  const feed = useAppStore((state) => state.metrics);
  const subscribe = useCallback((notify: () => void) => feed.onTick(notify), [feed]);
  return useSyncExternalStore(subscribe, () => read(feed));
}
