/** Keys that move the selection in the VM list, as the listbox pattern has them. */
const navigationKeys = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function isNavigationKey(key: string): boolean {
  return navigationKeys.has(key);
}

/**
 * The VM a key selects, from the current one, in the order shown. With nothing selected, Down and
 * Home pick the first and Up and End the last. `pageSize` is how many rows the list shows at once.
 */
export function moveSelection(
  ids: readonly string[],
  current: string | null,
  key: string,
  pageSize: number,
): string | null {
  if (ids.length === 0) return null;
  const last = ids.length - 1;
  const at = current === null ? -1 : ids.indexOf(current);
  const page = Math.max(1, pageSize - 1);
  const target = (() => {
    switch (key) {
      case 'ArrowDown':
        return at < 0 ? 0 : at + 1;
      case 'ArrowUp':
        return at < 0 ? last : at - 1;
      case 'PageDown':
        return at < 0 ? 0 : at + page;
      case 'PageUp':
        return at < 0 ? 0 : at - page;
      case 'Home':
        return 0;
      case 'End':
        return last;
      default:
        return at;
    }
  })();
  return ids[Math.min(last, Math.max(0, target))] ?? null;
}

/**
 * Keeps the selection sensible when the list changes. A selected VM that disappears (deleted,
 * filtered out) hands the selection to its nearest neighbour that remains: the next one, else the
 * previous one. A selection the list has never shown (a VM just created, not listed yet) is kept.
 * With nothing selected, the first VM is.
 */
export function reconcileSelection(
  before: readonly string[],
  after: readonly string[],
  selected: string | null,
): string | null {
  if (selected === null) return after[0] ?? null;
  if (after.includes(selected)) return selected;
  const at = before.indexOf(selected);
  if (at < 0) return selected;
  const remaining = new Set(after);
  const next = before.slice(at + 1).find((id) => remaining.has(id));
  const previous = before
    .slice(0, at)
    .reverse()
    .find((id) => remaining.has(id));
  return next ?? previous ?? after[0] ?? null;
}
