import { describe, expect, it } from 'vitest';
import { isNavigationKey, moveSelection, reconcileSelection } from './list-navigation';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('moveSelection', () => {
  it('moves one up or down, and stops at the ends', () => {
    expect(moveSelection(ids, 'b', 'ArrowDown', 3)).toBe('c');
    expect(moveSelection(ids, 'b', 'ArrowUp', 3)).toBe('a');
    expect(moveSelection(ids, 'a', 'ArrowUp', 3)).toBe('a');
    expect(moveSelection(ids, 'e', 'ArrowDown', 3)).toBe('e');
  });

  it('jumps to the ends with Home and End, and by a page less one with PageUp/PageDown', () => {
    expect(moveSelection(ids, 'c', 'Home', 3)).toBe('a');
    expect(moveSelection(ids, 'c', 'End', 3)).toBe('e');
    expect(moveSelection(ids, 'a', 'PageDown', 3)).toBe('c');
    expect(moveSelection(ids, 'd', 'PageDown', 3)).toBe('e');
    expect(moveSelection(ids, 'b', 'PageUp', 3)).toBe('a');
  });

  it('starts from nothing: Down and Home the first, Up and End the last', () => {
    expect(moveSelection(ids, null, 'ArrowDown', 3)).toBe('a');
    expect(moveSelection(ids, null, 'ArrowUp', 3)).toBe('e');
    expect(moveSelection(ids, 'gone', 'ArrowDown', 3)).toBe('a');
    expect(moveSelection([], null, 'ArrowDown', 3)).toBeNull();
  });

  it('knows which keys are its own', () => {
    expect(['ArrowUp', 'End', 'PageDown'].every(isNavigationKey)).toBe(true);
    expect(['Enter', 'ArrowLeft', 'Delete'].some(isNavigationKey)).toBe(false);
  });
});

describe('reconcileSelection', () => {
  it('keeps a selection that is still listed', () => {
    expect(reconcileSelection(ids, ['c', 'a'], 'c')).toBe('c');
  });

  it('hands a removed VM’s selection to the next one, else the previous one', () => {
    expect(reconcileSelection(ids, ['a', 'b', 'd', 'e'], 'c')).toBe('d');
    expect(reconcileSelection(ids, ['a', 'b', 'c', 'd'], 'e')).toBe('d');
    expect(reconcileSelection(ids, ['a', 'e'], 'c')).toBe('e');
    expect(reconcileSelection(ids, [], 'c')).toBeNull();
  });

  it('keeps a VM the list has not shown yet (just created), and selects the first when none is', () => {
    expect(reconcileSelection(ids, ids, 'new')).toBe('new');
    expect(reconcileSelection([], ids, null)).toBe('a');
    expect(reconcileSelection([], [], null)).toBeNull();
  });
});
