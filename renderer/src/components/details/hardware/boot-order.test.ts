import { describe, expect, it } from 'vitest';
import { bootOrderOf, bootRows, moveBootRow, setBootIncluded } from './boot-order';
import { draftFromConfig, type HardwareDraft } from './draft';
import { testConfig, testDisk } from './test-config';

const draft = draftFromConfig(testConfig());
const ids = (d: Pick<HardwareDraft, 'boot' | 'disks' | 'cdrom' | 'network'>) => bootRows(d).map((r) => r.id);

describe('boot order', () => {
  it('lists the boot order first, then the other bootable devices unticked', () => {
    expect(bootRows(draft)).toEqual([
      { id: 'cdrom0', kind: 'cdrom', included: true },
      { id: 'disk0', kind: 'disk', included: true },
      { id: 'disk1', kind: 'disk', included: false },
      { id: 'net0', kind: 'network', included: false },
    ]);
    expect(bootOrderOf(draft)).toEqual(['cdrom0', 'disk0']);
  });

  it('moves a row up and down, and not past either end', () => {
    const down = { ...draft, boot: moveBootRow(draft, 0, 1) };
    expect(ids(down)).toEqual(['disk0', 'cdrom0', 'disk1', 'net0']);
    expect(bootOrderOf(down)).toEqual(['disk0', 'cdrom0']);
    const up = { ...draft, boot: moveBootRow(draft, 3, -1) };
    expect(ids(up)).toEqual(['cdrom0', 'disk0', 'net0', 'disk1']);
    expect(moveBootRow(draft, 0, -1)).toBe(draft.boot);
    expect(moveBootRow(draft, 3, 1)).toBe(draft.boot);
  });

  it('ticks and unticks a device in place', () => {
    const ticked = { ...draft, boot: setBootIncluded(draft, 'net0', true) };
    expect(bootOrderOf(ticked)).toEqual(['cdrom0', 'disk0', 'net0']);
    expect(bootOrderOf({ ...draft, boot: setBootIncluded(draft, 'cdrom0', false) })).toEqual(['disk0']);
  });

  it('hides a device that is gone, and keeps its place for when it comes back', () => {
    const noNet = { ...draft, boot: setBootIncluded(draft, 'net0', true) };
    const off = { ...noNet, network: { ...noNet.network, mode: 'none' as const } };
    expect(ids(off)).toEqual(['cdrom0', 'disk0', 'disk1']);
    expect(bootOrderOf(off)).toEqual(['cdrom0', 'disk0']);
    const moved = { ...off, boot: moveBootRow(off, 2, -1) };
    expect(bootOrderOf({ ...moved, network: noNet.network })).toEqual(['cdrom0', 'disk0', 'net0']);
  });

  it('appends a device added since, unticked', () => {
    const withDisk = { ...draft, disks: [...draft.disks, testDisk('disk2')] };
    expect(bootRows(withDisk).at(-1)).toEqual({ id: 'disk2', kind: 'disk', included: false });
  });
});
