import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, type VireoBridge } from '../../../shared/bridge';
import { requestNames } from '../../../shared/contract';
import {
  FakeWebContents,
  connectRenderer,
  contextBridge,
  ipcMain,
  ipcRenderer,
  resetFakeElectron,
} from './fake-electron';

describe('preload', () => {
  let bridge: VireoBridge;
  beforeAll(async () => {
    resetFakeElectron();
    await import('../preload');
    bridge = contextBridge.exposed.get('vireo') as VireoBridge;
  });
  beforeEach(() => {
    ipcMain.handlers.clear();
    ipcRenderer.removeAllListeners();
  });

  it('exposes only window.vireo, holding exactly requests and onEvent', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['vireo']);
    expect(Object.keys(bridge).sort()).toEqual(['onEvent', 'requests']);
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('has one function per contract request, and no other', () => {
    expect(Object.keys(bridge.requests).sort()).toEqual([...requestNames].sort());
    for (const name of requestNames) expect(typeof bridge.requests[name]).toBe('function');
  });

  it("invokes each request's own channel with the params, and returns the answer", async () => {
    const calls: Array<{ channel: string; args: unknown[] }> = [];
    for (const name of requestNames) {
      const channel = ipcChannels.request(name);
      ipcMain.handle(channel, (_event, ...args) => {
        calls.push({ channel, args });
        return { ok: true, result: name };
      });
    }
    connectRenderer(new FakeWebContents());
    for (const name of requestNames) {
      expect(await bridge.requests[name]({ vm: 'x' })).toEqual({ ok: true, result: name });
    }
    expect(calls).toEqual(
      requestNames.map((name) => ({ channel: ipcChannels.request(name), args: [{ vm: 'x' }] })),
    );
  });

  it('passes listeners only {event, payload}, never the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args: unknown[]) => seen.push(args));
    const contents = new FakeWebContents();
    connectRenderer(contents);
    contents.send(ipcChannels.event, { event: 'vm.removed', payload: { uuid: 'u', name: 'n' }, extra: 1 });
    contents.send(ipcChannels.event, 'garbage');
    contents.send(ipcChannels.event, { payload: 1 });
    contents.send('some-other-channel', { event: 'vm.removed', payload: {} });
    expect(seen).toEqual([[{ event: 'vm.removed', payload: { uuid: 'u', name: 'n' } }]]);

    expect(ipcRenderer.listenerCount(ipcChannels.event)).toBe(1);
    unsubscribe();
    expect(ipcRenderer.listenerCount(ipcChannels.event)).toBe(0);
    contents.send(ipcChannels.event, { event: 'vm.removed', payload: {} });
    expect(seen).toHaveLength(1);
  });

  it('keeps other subscriptions when one unsubscribes', () => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = bridge.onEvent((frame) => a.push(frame));
    bridge.onEvent((frame) => b.push(frame));
    offA();
    const contents = new FakeWebContents();
    connectRenderer(contents);
    contents.send(ipcChannels.event, { event: 'vm.removed', payload: {} });
    expect(a).toEqual([]);
    expect(b).toHaveLength(1);
  });
});
