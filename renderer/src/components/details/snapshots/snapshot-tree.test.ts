import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../../../shared/snapshots';
import { snapshotTree } from './snapshot-tree';

const snap = (name: string, parent: string | null): Snapshot => ({
  name,
  parent,
  description: '',
  createdAt: '2026-11-22T00:00:00Z',
  withMemory: false,
  vmStateBytes: null,
  problem: null,
});

describe('snapshotTree', () => {
  it('hangs each snapshot under its parent; orphans become roots', () => {
    const tree = snapshotTree([snap('a', null), snap('b', 'a'), snap('c', 'a'), snap('d', 'gone')]);
    expect(tree.map((n) => n.snapshot.name)).toEqual(['a', 'd']);
    expect(tree[0]?.children.map((n) => n.snapshot.name)).toEqual(['b', 'c']);
  });
});
