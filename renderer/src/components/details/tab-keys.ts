/**
 * The tab a key moves to in a horizontal tablist, as the tabs pattern has it: Left/Right wrap
 * around, Home/End go to the ends. Undefined for any other key.
 */
export function tabAfterKey(index: number, count: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
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
