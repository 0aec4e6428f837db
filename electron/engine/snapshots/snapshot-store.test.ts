import { describe, expect, it } from 'vitest';
import type { VmConfig } from '../../../shared/vm-config';
import { vmConfigSchema } from '../../../shared/vm-config';
import { snapshotProblem } from './snapshot-rules';
import { withoutSnapshot, type SnapshotMeta } from './snapshot-store';

const entry = (name: string, parent: string | null) => ({
  name,
  parent,
  description: '',
  createdAt: '',
  withMemory: false,
});

describe('snapshot metadata', () => {
  it('re-parents the children of a deleted snapshot, and moves "current" up', () => {
    const meta: SnapshotMeta = {
      current: 'b',
      resumeFrom: 'b',
      snapshots: [entry('a', null), entry('b', 'a'), entry('c', 'b'), entry('d', 'b')],
    };
    const after = withoutSnapshot(meta, 'b');
    expect(after.current).toBe('a');
    expect(after.resumeFrom).toBeNull();
    expect(after.snapshots.map((s) => [s.name, s.parent])).toEqual([
      ['a', null],
      ['c', 'a'],
      ['d', 'a'],
    ]);
  });
});

describe('snapshotProblem', () => {
  const config = (changes: Partial<VmConfig>): VmConfig =>
    vmConfigSchema.parse({
      schemaVersion: 1,
      uuid: '6f1c1d3e-2b7a-4c55-9a0e-1f2e3d4c5b6a',
      name: 'x',
      createdAt: '2026-11-22T00:00:00.000Z',
      memoryMiB: 64,
      cpu: { count: 1 },
      network: { mode: 'none' },
      display: { vnc: true },
      disks: [{ id: 'disk0', path: '/d/disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
      ...changes,
    });

  it('allows qcow2 disks, names a raw one, ignores read-only ones', () => {
    expect(snapshotProblem(config({}), true)).toBeNull();
    const raw = config({
      disks: [
        { id: 'disk1', path: '/d/r.img', format: 'raw', bus: 'virtio', readOnly: false, managed: false },
      ],
    });
    expect(snapshotProblem(raw, false)).toContain('“disk1” is raw');
    const readOnlyRaw = config({
      disks: [
        {
          id: 'disk0',
          path: '/d/disk0.qcow2',
          format: 'qcow2',
          bus: 'virtio',
          readOnly: false,
          managed: true,
        },
        { id: 'disk1', path: '/d/r.img', format: 'raw', bus: 'virtio', readOnly: true, managed: false },
      ],
    });
    expect(snapshotProblem(readOnlyRaw, true)).toBeNull();
  });

  it('needs a disk, and no shared clipboard for a running VM’s memory', () => {
    expect(snapshotProblem(config({ disks: [] }), true)).toContain('no writable disk');
    const clipboard = config({ display: { vnc: true, vga: 'std', clipboard: true } });
    expect(snapshotProblem(clipboard, true)).toContain('shared clipboard');
    expect(snapshotProblem(clipboard, false)).toBeNull();
  });
});
