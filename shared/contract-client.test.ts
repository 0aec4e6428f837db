import { describe, expect, it, vi } from 'vitest';
import type { RequestParams } from './contract';
import { createContractClient } from './contract-client';
import { VireoError } from './errors';
import type { ClientTransport, RequestFrame } from './wire';
import { vmStatus } from './testing/vm-status';

/** An in-memory transport: records what the client sends, and lets the test play the engine. */
class FakeTransport implements ClientTransport {
  readonly sent: RequestFrame[] = [];
  closeCalls = 0;
  private frameListeners: ((frame: unknown) => void)[] = [];
  private closeListeners: (() => void)[] = [];

  send(frame: RequestFrame): void {
    this.sent.push(structuredClone(frame));
  }
  onFrame(listener: (frame: unknown) => void): void {
    this.frameListeners.push(listener);
  }
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }
  close(): void {
    this.closeCalls++;
    this.disconnect();
  }

  /** The engine sends a frame. */
  deliver(frame: unknown): void {
    for (const listener of this.frameListeners) listener(frame);
  }
  /** The connection drops. */
  disconnect(): void {
    for (const listener of this.closeListeners) listener();
  }
  /** The id of the last request sent. */
  lastId(): number {
    const frame = this.sent.at(-1);
    if (!frame) throw new Error('nothing was sent');
    return frame.id;
  }
}

function setup() {
  const transport = new FakeTransport();
  const client = createContractClient(transport);
  return { transport, client };
}

const status = vmStatus;

/** Lets already-settled promise callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Records whether a promise has settled, without leaving an unhandled rejection. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('createContractClient', () => {
  describe('params', () => {
    it('sends a request frame with a fresh id, the method and the params', () => {
      const { transport, client } = setup();
      void client.invoke('vm.start', { vm: 'web' });
      expect(transport.sent).toEqual([{ id: expect.any(Number), method: 'vm.start', params: { vm: 'web' } }]);
    });

    it('refuses bad params with INVALID_INPUT naming the field, and sends nothing', async () => {
      const { transport, client } = setup();
      const error = await client.invoke('vm.start', { vm: '' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VireoError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'vm: a VM name or uuid is required' });
      expect(transport.sent).toEqual([]);
    });

    it('refuses params that break a cross-field rule, and sends nothing', async () => {
      const { transport, client } = setup();
      const invalid = client.invoke('vm.create', { name: 'web', initrd: '/boot/initrd.img' });
      await expect(invalid).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: 'kernel: an initrd or kernel command line needs a kernel',
      });
      expect(transport.sent).toEqual([]);
    });

    it('refuses params of the wrong type', async () => {
      const { transport, client } = setup();
      const params = { vm: 'web', changes: { memoryMiB: 'lots' } } as unknown as RequestParams<'vm.update'>;
      await expect(client.invoke('vm.update', params)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^changes\.memoryMiB: /),
      });
      expect(transport.sent).toEqual([]);
    });
  });

  describe('results', () => {
    it('resolves with the result parsed by the result schema, defaults applied', async () => {
      const { transport, client } = setup();
      const answer = client.invoke('vm.get', { vm: 'web' });
      const config = {
        schemaVersion: 1,
        uuid: '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a3b',
        name: 'web',
        createdAt: '2025-06-01T12:00:00.000Z',
        memoryMiB: 1024,
        cpu: { count: 2 },
        network: { mode: 'none' },
        display: {},
      };
      transport.deliver({ id: transport.lastId(), result: { status: status(), config } });
      const result = await answer;
      expect(result.status).toEqual(status());
      expect(result.config).toMatchObject({ description: '', machine: 'q35', accel: 'auto', bootOrder: [] });
      expect(result.config?.display).toEqual({ vnc: true, vga: 'std', clipboard: false });
    });

    it('rejects with INTERNAL when the engine answers with an invalid result', async () => {
      const { transport, client } = setup();
      const answer = client.invoke('vm.start', { vm: 'web' });
      transport.deliver({ id: transport.lastId(), result: { ...status(), state: 'exploded' } });
      const error = await answer.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VireoError);
      expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('vm.start') });
    });

    it('rejects with a VireoError carrying the code, message and details of an error frame', async () => {
      const { transport, client } = setup();
      const answer = client.invoke('vm.start', { vm: 'web' });
      transport.deliver({
        id: transport.lastId(),
        error: { code: 'INVALID_STATE', message: 'web is running', details: { state: 'running' } },
      });
      const error = await answer.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VireoError);
      expect(error).toMatchObject({
        code: 'INVALID_STATE',
        message: 'web is running',
        details: { state: 'running' },
      });
    });

    it('ignores answers for unknown ids and malformed frames', async () => {
      const { transport, client } = setup();
      const answer = track(client.invoke('vm.start', { vm: 'web' }));
      const id = transport.lastId();
      transport.deliver({ id: id + 1000, result: status() });
      transport.deliver('garbage');
      transport.deliver({ id: 'x', result: status() });
      transport.deliver(null);
      await flush();
      expect(answer.settled).toBe(false);
      transport.deliver({ id, result: status({ state: 'starting' }) });
      await flush();
      expect(answer).toMatchObject({ settled: true, value: { state: 'starting' } });
    });

    it('a duplicate answer for a settled call does not settle a later call', async () => {
      const { transport, client } = setup();
      const first = client.invoke('vm.start', { vm: 'web' });
      const id = transport.lastId();
      transport.deliver({ id, result: status({ state: 'running' }) });
      await expect(first).resolves.toMatchObject({ state: 'running' });
      const later = track(client.invoke('vm.pause', { vm: 'web' }));
      transport.deliver({ id, result: status({ state: 'paused' }) });
      await flush();
      expect(later.settled).toBe(false);
    });

    it('gives every request a unique id and matches answers that arrive out of order', async () => {
      const { transport, client } = setup();
      const names = ['alpha', 'bravo', 'charlie', 'delta'];
      const answers = names.map((vm) => client.invoke('vm.start', { vm }));
      const ids = transport.sent.map((frame) => frame.id);
      expect(new Set(ids).size).toBe(names.length);
      expect(transport.sent.map((frame) => frame.params)).toEqual(names.map((vm) => ({ vm })));
      for (const i of [2, 0, 3, 1]) {
        transport.deliver({ id: transport.sent[i]?.id, result: status({ name: names[i] }) });
      }
      const results = await Promise.all(answers);
      expect(results.map((r) => r.name)).toEqual(names);
    });
  });

  describe('events', () => {
    it('delivers an event only to the listeners of that event name', () => {
      const { transport, client } = setup();
      const removed = vi.fn();
      const alsoRemoved = vi.fn();
      const added = vi.fn();
      client.on('vm.removed', removed);
      client.on('vm.removed', alsoRemoved);
      client.on('vm.added', added);
      transport.deliver({ event: 'vm.removed', payload: { uuid: 'u1', name: 'web' } });
      expect(removed).toHaveBeenCalledExactlyOnceWith({ uuid: 'u1', name: 'web' });
      expect(alsoRemoved).toHaveBeenCalledExactlyOnceWith({ uuid: 'u1', name: 'web' });
      expect(added).not.toHaveBeenCalled();
    });

    it('delivers the payload as parsed by the event schema', () => {
      const { transport, client } = setup();
      const listener = vi.fn();
      client.on('vm.removed', listener);
      transport.deliver({ event: 'vm.removed', payload: { uuid: 'u1', name: 'web', extra: 'dropped' } });
      expect(listener).toHaveBeenCalledExactlyOnceWith({ uuid: 'u1', name: 'web' });
    });

    it('drops an event whose payload does not match its schema', () => {
      const { transport, client } = setup();
      const listener = vi.fn();
      client.on('vm.stateChanged', listener);
      transport.deliver({ event: 'vm.stateChanged', payload: { ...status(), state: 'exploded' } });
      transport.deliver({ event: 'vm.stateChanged', payload: null });
      expect(listener).not.toHaveBeenCalled();
      transport.deliver({ event: 'vm.stateChanged', payload: status({ state: 'running' }) });
      expect(listener).toHaveBeenCalledExactlyOnceWith(status({ state: 'running' }));
    });

    it('drops events with undeclared names', () => {
      const { transport, client } = setup();
      const listener = vi.fn();
      client.on('vm.removed', listener);
      transport.deliver({ event: 'vm.exploded', payload: { uuid: 'u1', name: 'web' } });
      transport.deliver({ event: 'constructor', payload: { uuid: 'u1', name: 'web' } });
      expect(listener).not.toHaveBeenCalled();
    });

    it('stops delivering to a listener once unsubscribed, and keeps delivering to others', () => {
      const { transport, client } = setup();
      const kept = vi.fn();
      const dropped = vi.fn();
      client.on('serial.output', kept);
      const unsubscribe = client.on('serial.output', dropped);
      transport.deliver({ event: 'serial.output', payload: { uuid: 'u1', port: 'serial0', data: 'aGk=' } });
      unsubscribe();
      transport.deliver({ event: 'serial.output', payload: { uuid: 'u1', port: 'serial0', data: 'eW8=' } });
      expect(dropped).toHaveBeenCalledExactlyOnceWith({ uuid: 'u1', port: 'serial0', data: 'aGk=' });
      expect(kept).toHaveBeenCalledTimes(2);
      expect(kept).toHaveBeenLastCalledWith({ uuid: 'u1', port: 'serial0', data: 'eW8=' });
    });
  });

  describe('closing', () => {
    it('rejects every pending call with ENGINE_UNAVAILABLE when the transport closes', async () => {
      const { transport, client } = setup();
      const start = client.invoke('vm.start', { vm: 'web' });
      const list = client.invoke('vm.list', {});
      transport.disconnect();
      await expect(start).rejects.toMatchObject({
        code: 'ENGINE_UNAVAILABLE',
        message: expect.stringContaining('vm.start'),
      });
      await expect(list).rejects.toMatchObject({
        code: 'ENGINE_UNAVAILABLE',
        message: expect.stringContaining('vm.list'),
      });
      await expect(start).rejects.toBeInstanceOf(VireoError);
    });

    it('rejects later invokes immediately with ENGINE_UNAVAILABLE, sending nothing', async () => {
      const { transport, client } = setup();
      transport.disconnect();
      const error = await client.invoke('vm.list', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VireoError);
      expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
      expect(transport.sent).toEqual([]);
    });

    it('ignores an answer that arrives after the close', async () => {
      const { transport, client } = setup();
      const start = client.invoke('vm.start', { vm: 'web' });
      const id = transport.lastId();
      transport.disconnect();
      transport.deliver({ id, result: status() });
      await expect(start).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    });

    it('close() closes the transport', async () => {
      const { transport, client } = setup();
      const pending = client.invoke('vm.list', {});
      client.close();
      expect(transport.closeCalls).toBe(1);
      await expect(pending).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    });
  });
});
