import { describe, expect, it } from 'vitest';
import { draftFromConfig, type HardwareDraft } from './draft';
import { testConfig, testDisk } from './test-config';
import { validateDraft } from './validate-draft';

const draft = draftFromConfig(testConfig());
const problems = (recipe: (d: HardwareDraft) => HardwareDraft) => validateDraft(recipe(draft));

describe('validateDraft', () => {
  it('finds nothing wrong with a saved config', () => {
    expect(validateDraft(draft)).toEqual({});
  });

  it('checks memory as a whole number of MiB in range', () => {
    expect(problems((d) => ({ ...d, memoryMiB: '8' }))).toHaveProperty(
      ['memoryMiB', 'key'],
      'hwErrorWholeRange',
    );
    expect(problems((d) => ({ ...d, memoryMiB: '1.5' }))).toHaveProperty(['memoryMiB']);
  });

  it('checks direct kernel paths only while it is on', () => {
    const kernel = { enabled: true, kernel: '', initrd: 'initrd.img', cmdline: '' };
    expect(problems((d) => ({ ...d, kernel }))).toEqual({
      'directKernel.kernel': { key: 'hwErrorRequired' },
      'directKernel.initrd': { key: 'hwErrorAbsolutePath' },
    });
    expect(problems((d) => ({ ...d, kernel: { ...kernel, enabled: false } }))).toEqual({});
  });

  it('checks the MAC and forwards only with user networking', () => {
    const network = { ...draft.network, mac: 'nope' };
    expect(problems((d) => ({ ...d, network }))).toEqual({ 'network.mac': { key: 'hwErrorMac' } });
    expect(problems((d) => ({ ...d, network: { ...network, mode: 'none' } }))).toEqual({});
  });

  it('checks a bridged card: its MAC and the bridge name as an interface name, not the forwards', () => {
    const bridged = { ...draft.network, mode: 'bridge' as const, bridge: 'br0' };
    expect(problems((d) => ({ ...d, network: bridged }))).toEqual({});
    for (const bridge of ['vireo-nobr', 'br-lan.10', 'enp0s31f6:1', 'a', '123456789012345'])
      expect(problems((d) => ({ ...d, network: { ...bridged, bridge } }))).toEqual({});
    expect(problems((d) => ({ ...d, network: { ...bridged, bridge: '' } }))).toEqual({
      'network.bridge': { key: 'hwErrorRequired' },
    });
    for (const bridge of ['1234567890123456', 'br 0', 'br/0', 'brü'])
      expect(problems((d) => ({ ...d, network: { ...bridged, bridge } }))).toEqual({
        'network.bridge': { key: 'hwErrorBridgeName' },
      });
    const forwards = [{ key: 1, protocol: 'tcp' as const, hostAddress: '', hostPort: 'x', guestPort: '22' }];
    expect(problems((d) => ({ ...d, network: { ...bridged, forwards, mac: 'nope', bridge: '' } }))).toEqual({
      'network.mac': { key: 'hwErrorMac' },
      'network.bridge': { key: 'hwErrorRequired' },
    });
    // The bridge is not checked in user mode.
    expect(problems((d) => ({ ...d, network: { ...draft.network, bridge: 'no good' } }))).toEqual({});
  });

  it('checks the extra consoles: ids unique', () => {
    const extraConsoles = [
      { key: 1, id: 'console0', kind: 'virtio' as const },
      { key: 2, id: 'console0', kind: 'virtio' as const },
    ];
    expect(problems((d) => ({ ...d, extraConsoles }))).toEqual({
      'extraConsoles.1.id': { key: 'hwErrorConsoleDuplicate', values: { id: 'console0', row: 1 } },
    });
  });

  it('counts SATA/IDE slots per chipset, with the CD-ROM drive', () => {
    const sata = (n: number) => Array.from({ length: n }, (_, i) => testDisk(`disk${i}`));
    expect(problems((d) => ({ ...d, disks: sata(5) }))).toEqual({});
    const tooMany = problems((d) => ({ ...d, disks: sata(4), machine: 'pc' }));
    expect(tooMany['disks']).toEqual({
      key: 'hwErrorSataSlots',
      values: { machine: 'pc', slots: 4, needed: 5 },
    });
    expect(tooMany['machine']).toEqual(tooMany['disks']);
  });

  it('checks the memory hot-plug maximum (at least the memory) and slots only while it is on', () => {
    const memoryHotplug = { enabled: true, maxMiB: '1024', slots: '0' };
    expect(problems((d) => ({ ...d, memoryHotplug }))).toEqual({
      'memoryHotplug.maxMiB': { key: 'hwErrorMaxMemoryBelow', values: { memory: 2048 } },
      'memoryHotplug.slots': { key: 'hwErrorWholeRange', values: { min: 1, max: 32 } },
    });
    expect(problems((d) => ({ ...d, memoryHotplug: { ...memoryHotplug, maxMiB: 'x' } }))).toHaveProperty(
      ['memoryHotplug.maxMiB', 'key'],
      'hwErrorWholeRange',
    );
    expect(problems((d) => ({ ...d, memoryHotplug: { ...memoryHotplug, enabled: false } }))).toEqual({});
    expect(problems((d) => ({ ...d, memoryHotplug: { enabled: true, maxMiB: '4096', slots: '4' } }))).toEqual(
      {},
    );
  });

  it('checks the maximum vCPU count with the CPU fields', () => {
    expect(problems((d) => ({ ...d, cpu: { ...d.cpu, maxCount: '2' } }))).toEqual({
      'cpu.maxCount': { key: 'hwErrorMaxCpusBelow', values: { count: 4 } },
    });
  });
});
