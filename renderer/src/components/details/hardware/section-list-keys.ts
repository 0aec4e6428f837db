/**
 * The section a key press moves to in the tab list, or undefined for other keys. The list is a
 * column beside the form, or wraps in rows above it in a narrow pane: both arrow pairs work.
 */
export function sectionAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
