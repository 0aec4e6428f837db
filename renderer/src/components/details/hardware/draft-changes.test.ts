import { describe, expect, it } from 'vitest';
import { vmConfigChangesSchema } from '../../../../../shared/vm-requests';
import { draftFromConfig, type HardwareDraft } from './draft';
import { addConsole as addRow } from './consoles';
import { draftChanges } from './draft-changes';
import { extraArgsOf } from './draft-values';
import { testConfig } from './test-config';

const saved = testConfig({ directKernel: { kernel: '/boot/vmlinuz', cmdline: 'console=ttyS0' } });
const edit = (recipe: (draft: HardwareDraft) => HardwareDraft) =>
  draftChanges(saved, recipe(draftFromConfig(saved)));
const addConsole = (d: HardwareDraft, kind: 'serial' | 'virtio') => ({
  ...d,
  extraConsoles: addRow(d.extraConsoles, kind),
});

describe('draftChanges', () => {
  it('finds nothing to change in an untouched draft', () => {
    expect(draftChanges(saved, draftFromConfig(saved))).toEqual({});
    expect(draftChanges(testConfig(), draftFromConfig(testConfig()))).toEqual({});
  });

  it('sends only the keys that changed, as config values', () => {
    const changes = edit((d) => ({ ...d, memoryMiB: ' 4096 ', serial: false }));
    expect(changes).toEqual({ memoryMiB: 4096, serial: false });
    expect(vmConfigChangesSchema.safeParse(changes).success).toBe(true);
  });

  it('sends a topology only when it is set by hand', () => {
    expect(edit((d) => ({ ...d, cpu: { ...d.cpu, count: '8' } }))).toEqual({ cpu: { count: 8 } });
    const cpu = { count: '4', topology: true, sockets: '1', cores: '2', threads: '2', maxCount: '' };
    expect(edit((d) => ({ ...d, cpu }))).toEqual({ cpu: { count: 4, sockets: 1, cores: 2, threads: 2 } });
  });

  it('sends a maximum vCPU count when one is typed, and none for a blank field', () => {
    const changes = edit((d) => ({ ...d, cpu: { ...d.cpu, maxCount: '8' } }));
    expect(changes).toEqual({ cpu: { count: 4, maxCount: 8 } });
    expect(vmConfigChangesSchema.safeParse(changes).success).toBe(true);
    const withMax = testConfig({ cpu: { count: 2, maxCount: 4 } });
    expect(draftFromConfig(withMax).cpu.maxCount).toBe('4');
    expect(
      draftChanges(withMax, {
        ...draftFromConfig(withMax),
        cpu: { ...draftFromConfig(withMax).cpu, maxCount: '' },
      }),
    ).toEqual({
      cpu: { count: 2 },
    });
  });

  it('sends memory hot-plug as its maximum and slots, or null when turned off', () => {
    const on = edit((d) => ({ ...d, memoryHotplug: { ...d.memoryHotplug, enabled: true, slots: '2' } }));
    expect(on).toEqual({ memoryHotplug: { maxMiB: 4096, slots: 2 } });
    expect(vmConfigChangesSchema.safeParse(on).success).toBe(true);
    const saved = testConfig({ memoryHotplug: { maxMiB: 8192, slots: 8 } });
    const draft = draftFromConfig(saved);
    expect(draft.memoryHotplug).toEqual({ enabled: true, maxMiB: '8192', slots: '8' });
    expect(
      draftChanges(saved, { ...draft, memoryHotplug: { ...draft.memoryHotplug, enabled: false } }),
    ).toEqual({
      memoryHotplug: null,
    });
  });

  it('sends Secure Boot only with UEFI on q35, and drops it when either goes', () => {
    const uefi = (d: HardwareDraft): HardwareDraft => ({
      ...d,
      firmware: 'uefi',
      secureBoot: true,
      tpm: true,
    });
    expect(edit(uefi)).toEqual({ firmware: 'uefi', secureBoot: true, tpm: true });
    expect(edit((d) => ({ ...uefi(d), machine: 'pc' }))).toEqual({
      machine: 'pc',
      firmware: 'uefi',
      tpm: true,
    });
    expect(edit((d) => ({ ...d, secureBoot: true }))).toEqual({});
    const secure = testConfig({ firmware: 'uefi', secureBoot: true });
    expect(draftChanges(secure, { ...draftFromConfig(secure), firmware: 'bios' })).toEqual({
      firmware: 'bios',
      secureBoot: false,
    });
  });

  it('sends the guest agent and the watchdog (null when off, its action kept for turning it on)', () => {
    expect(edit((d) => ({ ...d, guestAgent: false }))).toEqual({ guestAgent: false });
    const watchdog = edit((d) => ({ ...d, watchdog: { enabled: true, action: 'poweroff' } }));
    expect(watchdog).toEqual({ watchdog: { action: 'poweroff' } });
    expect(vmConfigChangesSchema.safeParse(watchdog).success).toBe(true);
    expect(edit((d) => ({ ...d, watchdog: { enabled: false, action: 'pause' } }))).toEqual({});
    const saved = testConfig({ watchdog: { action: 'pause' } });
    const draft = draftFromConfig(saved);
    expect(draft.watchdog).toEqual({ enabled: true, action: 'pause' });
    expect(draftChanges(saved, { ...draft, watchdog: { ...draft.watchdog, enabled: false } })).toEqual({
      watchdog: null,
    });
  });

  it('turns direct kernel boot off as null, and keeps its fields for turning it back on', () => {
    const off = (d: HardwareDraft) => ({ ...d, kernel: { ...d.kernel, enabled: false } });
    expect(edit(off)).toEqual({ directKernel: null });
    expect(edit((d) => ({ ...off(d), kernel: { ...off(d).kernel, enabled: true } }))).toEqual({});
    expect(edit((d) => ({ ...d, kernel: { ...d.kernel, initrd: '/boot/initrd.img' } }))).toEqual({
      directKernel: { kernel: '/boot/vmlinuz', initrd: '/boot/initrd.img', cmdline: 'console=ttyS0' },
    });
  });

  it('sends networking off as {mode: none}, and the whole user network when a forward changes', () => {
    expect(edit((d) => ({ ...d, network: { ...d.network, mode: 'none' } }))).toEqual({
      network: { mode: 'none' },
    });
    const changes = edit((d) => ({
      ...d,
      network: {
        ...d.network,
        forwards: [
          ...d.network.forwards,
          { key: 99, protocol: 'udp', hostAddress: '0.0.0.0', hostPort: '5353', guestPort: '53' },
        ],
      },
    }));
    expect(changes.network).toEqual({
      mode: 'user',
      id: 'net0',
      mac: '52:54:00:12:34:56',
      model: 'virtio-net-pci',
      forwards: [
        { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 },
        { protocol: 'udp', hostAddress: '0.0.0.0', hostPort: 5353, guestPort: 53 },
      ],
    });
  });

  it('sends a bridged network with the card and the bridge, and keeps forwards for switching back', () => {
    const bridged = (d: HardwareDraft): HardwareDraft => ({
      ...d,
      network: { ...d.network, mode: 'bridge', bridge: 'br0' },
    });
    const changes = edit(bridged);
    expect(changes).toEqual({
      network: {
        mode: 'bridge',
        id: 'net0',
        mac: '52:54:00:12:34:56',
        model: 'virtio-net-pci',
        bridge: 'br0',
      },
    });
    expect(vmConfigChangesSchema.safeParse(changes).success).toBe(true);
    // Back to user mode: the forwards were kept, so nothing changed.
    expect(edit((d) => ({ ...bridged(d), network: { ...bridged(d).network, mode: 'user' } }))).toEqual({});
  });

  it('round-trips a saved bridged network, and keeps its card when switching to user mode', () => {
    const network = {
      mode: 'bridge' as const,
      id: 'net0',
      mac: '52:54:00:ab:cd:ef',
      model: 'e1000' as const,
      bridge: 'br-lan.10',
    };
    const config = testConfig({ network, bootOrder: ['disk0', 'net0'] });
    const draft = draftFromConfig(config);
    expect(draft.network).toMatchObject({ ...network, forwards: [] });
    expect(draft.boot).toContainEqual({ id: 'net0', included: true });
    expect(draftChanges(config, draft)).toEqual({});
    expect(draftChanges(config, { ...draft, network: { ...draft.network, mode: 'user' } })).toEqual({
      network: { mode: 'user', id: 'net0', mac: '52:54:00:ab:cd:ef', model: 'e1000', forwards: [] },
    });
    expect(draftChanges(config, { ...draft, network: { ...draft.network, bridge: 'br1' } })).toEqual({
      network: { ...network, bridge: 'br1' },
    });
    // Without a card the network leaves the boot order.
    expect(draftChanges(config, { ...draft, network: { ...draft.network, mode: 'none' } })).toEqual({
      network: { mode: 'none' },
      bootOrder: ['disk0'],
    });
  });

  it('sends the boot order of the ticked devices, and drops a device that is gone', () => {
    expect(edit((d) => ({ ...d, boot: d.boot.map((e) => ({ ...e, included: true })) }))).toEqual({
      bootOrder: ['cdrom0', 'disk0', 'disk1', 'net0'],
    });
    expect(edit((d) => ({ ...d, cdrom: null }))).toEqual({ cdrom: null, bootOrder: ['disk0'] });
  });

  it('sends media changes as the cdrom key alone', () => {
    expect(edit((d) => ({ ...d, cdrom: { id: 'cdrom0', path: null } }))).toEqual({
      cdrom: { id: 'cdrom0', path: null },
    });
  });

  it('sends the clipboard with the rest of the display', () => {
    const changes = edit((d) => ({ ...d, display: { ...d.display, clipboard: true } }));
    expect(changes).toEqual({ display: { vnc: true, vga: 'std', clipboard: true } });
    expect(vmConfigChangesSchema.safeParse(changes).success).toBe(true);
  });

  it('sends the whole console list, without row keys, when a console is added or removed', () => {
    const added = edit((d) => addConsole(addConsole(d, 'virtio'), 'serial'));
    expect(added).toEqual({
      extraConsoles: [
        { id: 'console0', kind: 'virtio' },
        { id: 'serial1', kind: 'serial' },
      ],
    });
    expect(vmConfigChangesSchema.safeParse(added).success).toBe(true);
    const withConsoles = testConfig({ extraConsoles: [{ id: 'serial2', kind: 'serial' }] });
    const draft = draftFromConfig(withConsoles);
    expect(draftChanges(withConsoles, draft)).toEqual({});
    expect(draftChanges(withConsoles, { ...draft, extraConsoles: [] })).toEqual({ extraConsoles: [] });
  });

  it('marks a half-typed number as a change (so the section shows as edited)', () => {
    expect(Object.keys(edit((d) => ({ ...d, memoryMiB: '' })))).toEqual(['memoryMiB']);
  });
});

describe('extraArgsOf', () => {
  it('takes one argument per line, verbatim, skipping blank lines', () => {
    expect(extraArgsOf('-device\r\nvirtio-rng-pci\n\n  \n-global driver=x,prop=a b')).toEqual([
      '-device',
      'virtio-rng-pci',
      '-global driver=x,prop=a b',
    ]);
    expect(extraArgsOf('')).toEqual([]);
  });
});
