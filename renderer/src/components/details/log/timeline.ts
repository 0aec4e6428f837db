import type { TimelineEntry } from '../../../../../shared/vm-details';

/**
 * The entries of the loaded timeline and those that arrived live, each once, newest first. Entries
 * of the same instant keep their order of arrival (the later one first).
 */
export function mergeTimeline(
  loaded: readonly TimelineEntry[],
  live: readonly TimelineEntry[],
): TimelineEntry[] {
  const seen = new Set<string>();
  const unique: { entry: TimelineEntry; order: number }[] = [];
  for (const entry of [...loaded, ...live]) {
    const key = `${entry.at}\u0000${entry.kind}\u0000${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ entry, order: unique.length });
  }
  const time = (entry: TimelineEntry) => Date.parse(entry.at) || 0;
  return unique.sort((a, b) => time(b.entry) - time(a.entry) || b.order - a.order).map((u) => u.entry);
}
