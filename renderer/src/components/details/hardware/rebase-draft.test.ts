import { describe, expect, it } from 'vitest';
import { bootOrderOf } from './boot-order';
import { addConsole } from './consoles';
import { draftFromConfig } from './draft';
import { draftChanges } from './draft-changes';
import { rebaseDraft } from './rebase-draft';
import { testConfig } from './test-config';

const before = testConfig();
const added = testConfig({
  disks: [
    ...before.disks,
    { id: 'disk2', path: '/vms/debian/disk2.qcow2', format: 'qcow2', bus: 'virtio', managed: true },
  ],
});

describe('rebaseDraft', () => {
  it('follows the new config where nothing was edited', () => {
    const rebased = rebaseDraft(draftFromConfig(before), before, added);
    expect(draftChanges(added, rebased)).toEqual({});
    expect(rebased.disks.map((d) => d.id)).toEqual(['disk0', 'disk1', 'disk2']);
  });

  it('keeps unsaved edits over a disk added meanwhile', () => {
    const draft = draftFromConfig(before);
    draft.memoryMiB = '4096';
    draft.disks = draft.disks.map((d) => (d.id === 'disk0' ? { ...d, bus: 'sata' } : d));
    draft.boot = draft.boot.map((e) => (e.id === 'net0' ? { ...e, included: true } : e));
    const rebased = rebaseDraft(draft, before, added);
    const changes = draftChanges(added, rebased);
    expect(changes.memoryMiB).toBe(4096);
    expect(changes.disks?.map((d) => [d.id, d.bus])).toEqual([
      ['disk0', 'sata'],
      ['disk1', 'sata'],
      ['disk2', 'virtio'],
    ]);
    expect(bootOrderOf(rebased)).toEqual(['cdrom0', 'disk0', 'net0']);
  });

  it('drops the edits of a removed disk', () => {
    const draft = draftFromConfig(before);
    draft.disks = draft.disks.map((d) => (d.id === 'disk1' ? { ...d, readOnly: true } : d));
    const removed = testConfig({ disks: before.disks.slice(0, 1) });
    expect(draftChanges(removed, rebaseDraft(draft, before, removed))).toEqual({});
  });

  it('keeps a console added in the draft, and follows consoles saved meanwhile', () => {
    const draft = draftFromConfig(before);
    draft.extraConsoles = addConsole(draft.extraConsoles, 'virtio');
    expect(draftChanges(added, rebaseDraft(draft, before, added)).extraConsoles).toEqual([
      { id: 'console0', kind: 'virtio' },
    ]);
    const saved = testConfig({ extraConsoles: [{ id: 'serial1', kind: 'serial' }] });
    const rebased = rebaseDraft(draftFromConfig(before), before, saved);
    expect(draftChanges(saved, rebased)).toEqual({});
  });

  it('does not take forward rows React keys for edits', () => {
    const rebased = rebaseDraft(draftFromConfig(before), before, testConfig({ memoryMiB: 1024 }));
    expect(rebased.memoryMiB).toBe('1024');
  });

  it('follows a vCPU count changed while running, keeping an edited maximum', () => {
    const saved = testConfig({ cpu: { count: 2, maxCount: 4 } });
    const grown = testConfig({ cpu: { count: 3, maxCount: 4 } });
    const draft = draftFromConfig(saved);
    draft.cpu = { ...draft.cpu, maxCount: '8' };
    const rebased = rebaseDraft(draft, saved, grown);
    expect(draftChanges(grown, rebased)).toEqual({ cpu: { count: 3, maxCount: 8 } });
    expect(draftChanges(grown, rebaseDraft(draftFromConfig(saved), saved, grown))).toEqual({});
  });

  it('keeps a vCPU count typed meanwhile over one changed while running', () => {
    const saved = testConfig({ cpu: { count: 2, maxCount: 4 } });
    const grown = testConfig({ cpu: { count: 3, maxCount: 4 } });
    const draft = draftFromConfig(saved);
    draft.cpu = { ...draft.cpu, count: '4' };
    expect(draftChanges(grown, rebaseDraft(draft, saved, grown))).toEqual({ cpu: { count: 4, maxCount: 4 } });
  });

  it('keeps firmware edits over a USB device or share saved meanwhile', () => {
    const draft = { ...draftFromConfig(before), firmware: 'uefi' as const, tpm: true };
    const shared = testConfig({ shares: [{ tag: 'data', hostPath: '/srv/data', readOnly: false }] });
    expect(draftChanges(shared, rebaseDraft(draft, before, shared))).toEqual({ firmware: 'uefi', tpm: true });
  });
});
