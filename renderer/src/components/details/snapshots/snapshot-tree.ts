import type { Snapshot } from '../../../../../shared/snapshots';

export interface SnapshotNode {
  snapshot: Snapshot;
  children: SnapshotNode[];
}

/** The snapshots as a forest: each under the one that was current when it was taken. */
export function snapshotTree(snapshots: readonly Snapshot[]): SnapshotNode[] {
  const nodes = new Map(
    snapshots.map((snapshot) => [snapshot.name, { snapshot, children: [] as SnapshotNode[] }]),
  );
  const roots: SnapshotNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.snapshot.parent === null ? undefined : nodes.get(node.snapshot.parent);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
