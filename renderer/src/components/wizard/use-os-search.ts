import { useEffect, useState } from 'react';
import type { OsEntry } from '../../../../shared/os-info';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';

const DEBOUNCE_MS = 200;
const LIMIT = 30;

export interface OsSearch {
  /** A newer query is on its way: `results` are still the previous query's. */
  pending: boolean;
  results: readonly OsEntry[];
  failure: string | null;
}

interface Answer {
  query: string;
  results: readonly OsEntry[];
  failure: string | null;
}

/** `osinfo.search` for a query, asked once typing pauses, while `enabled` (the list is open). */
export function useOsSearch(query: string, enabled: boolean): OsSearch {
  const client = useAppStore((state) => state.client);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      client.invoke('osinfo.search', { query: trimmed, limit: LIMIT }).then(
        (results) => {
          if (live) setAnswer({ query: trimmed, results, failure: null });
        },
        (error: unknown) => {
          if (live) setAnswer({ query: trimmed, results: [], failure: errorMessage(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, trimmed, enabled]);

  return {
    pending: enabled && answer?.query !== trimmed,
    results: answer?.results ?? [],
    failure: answer?.failure ?? null,
  };
}
