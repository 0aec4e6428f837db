/** What a key does in an open menu of `count` items with focus on `at`. */
export type MenuKeyAction = { kind: 'focus'; index: number } | { kind: 'close'; refocusButton: boolean };

export function menuKeyAction(at: number, count: number, key: string): MenuKeyAction | undefined {
  const last = count - 1;
  const wrap = (index: number) => (index + count) % count;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: wrap(at + 1) };
    case 'ArrowUp':
      return { kind: 'focus', index: wrap(at - 1) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: last };
    case 'Escape':
      return { kind: 'close', refocusButton: true };
    case 'Tab':
      return { kind: 'close', refocusButton: false };
    default:
      return undefined;
  }
}
