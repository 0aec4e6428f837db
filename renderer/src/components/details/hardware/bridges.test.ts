import { describe, expect, it } from 'vitest';
import { bridgeWarning, defaultBridge } from './bridges';

const bridges = [
  { name: 'br0', problem: '/etc/qemu/bridge.conf does not allow bridge "br0": add the line "allow br0"' },
  { name: 'virbr0', problem: null },
];

describe('defaultBridge', () => {
  it('offers the first bridge a VM can join, else the first, else none', () => {
    expect(defaultBridge(bridges)).toBe('virbr0');
    expect(defaultBridge(bridges.slice(0, 1))).toBe('br0');
    expect(defaultBridge([])).toBe('');
    expect(defaultBridge(undefined)).toBe('');
  });
});

describe('bridgeWarning', () => {
  it('says what stops a VM from joining the chosen bridge, in the engine’s words', () => {
    expect(bridgeWarning('br0', bridges)).toEqual({
      key: 'hwNetBridgeProblem',
      values: { problem: bridges[0]?.problem },
    });
    expect(bridgeWarning('virbr0', bridges)).toBeUndefined();
  });

  it('says when the host has no bridge of that name', () => {
    expect(bridgeWarning('vireo-nobr', bridges)).toEqual({
      key: 'hwNetBridgeUnknown',
      values: { bridge: 'vireo-nobr' },
    });
    expect(bridgeWarning('vireo-nobr', [])).toHaveProperty('key', 'hwNetBridgeUnknown');
  });

  it('says nothing while the list is unknown or the name is not an interface name', () => {
    expect(bridgeWarning('vireo-nobr', undefined)).toBeUndefined();
    expect(bridgeWarning('', bridges)).toBeUndefined();
    expect(bridgeWarning('br 0', bridges)).toBeUndefined();
  });
});
