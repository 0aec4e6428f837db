import { describe, expect, it } from 'vitest';
import { menuKeyAction } from './menu-keys';

describe('menuKeyAction', () => {
  it('moves with the arrows, wrapping, and jumps with Home and End', () => {
    expect(menuKeyAction(0, 3, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 });
    expect(menuKeyAction(2, 3, 'ArrowDown')).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction(0, 3, 'ArrowUp')).toEqual({ kind: 'focus', index: 2 });
    expect(menuKeyAction(1, 3, 'Home')).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction(1, 3, 'End')).toEqual({ kind: 'focus', index: 2 });
  });

  it('closes on Escape (back to the button) and Tab (focus moves on)', () => {
    expect(menuKeyAction(1, 3, 'Escape')).toEqual({ kind: 'close', refocusButton: true });
    expect(menuKeyAction(1, 3, 'Tab')).toEqual({ kind: 'close', refocusButton: false });
    expect(menuKeyAction(1, 3, 'a')).toBeUndefined();
  });
});
