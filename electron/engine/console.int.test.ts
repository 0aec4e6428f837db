import { afterEach, describe, expect, inject, it } from 'vitest';
import { WebSocket } from 'ws';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { inProcessClient } from './control/in-process-client';
import { Engine } from './engine';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** Opens the proxy's WebSocket and resolves with the first frame (the RFB version) or the refusal. */
function firstFrame(url: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, ['binary']);
    ws.once('message', (data: Buffer) => {
      resolve(data.toString('latin1'));
      ws.close();
    });
    ws.once('unexpected-response', (_request, response) => resolve(`HTTP ${response.statusCode}`));
    ws.once('error', () => undefined);
  });
}

async function bootedVm(name: string, extra: Record<string, unknown> = {}) {
  harness ??= await startEngine();
  const { client } = harness;
  await client.invoke('vm.create', {
    name,
    memoryMiB: 256,
    cpus: 1,
    network: 'none',
    ...guestKernelBoot(guest),
    ...extra,
  });
  const serial = await SerialReader.open(client, name);
  await client.invoke('vm.start', { vm: name });
  await serial.waitFor(GUEST_PROMPT);
  return { client, serial };
}

describe('consoles (real QEMU, TCG)', () => {
  it('proxies VNC only with a fresh ticket for a running VM', async () => {
    const { client } = await bootedVm('screen');
    await client.invoke('vm.create', { name: 'idle', memoryMiB: 64, network: 'none' });
    const { ticket, path, proxyPort } = await client.invoke('console.ticket', { vm: 'screen' });
    const url = (t: string) => `ws://127.0.0.1:${proxyPort}${path}?ticket=${t}`;
    expect(await firstFrame(url(ticket))).toBe('RFB 003.008\n');
    expect(await firstFrame(url(ticket))).toBe('HTTP 403');
    expect(await firstFrame(`ws://127.0.0.1:${proxyPort}${path}`)).toBe('HTTP 403');
    expect(await firstFrame(url('forged-ticket'))).toBe('HTTP 403');
    await expect(client.invoke('console.ticket', { vm: 'idle' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    // A ticket outliving its VM's run opens nothing.
    const stale = await client.invoke('console.ticket', { vm: 'screen' });
    await client.invoke('vm.forceOff', { vm: 'screen' });
    expect(await firstFrame(url(stale.ticket))).toBe('HTTP 409');
  });

  it('takes an exact screenshot, sends Ctrl+Alt+Del, and runs monitor commands', async () => {
    const { client, serial } = await bootedVm('keys');
    const shot = await client.invoke('console.screenshot', { vm: 'keys' });
    const png = Buffer.from(shot.png, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([shot.width, shot.height]).toEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
    expect(shot.width).toBeGreaterThanOrEqual(640);

    await client.invoke('console.sendKeys', { vm: 'keys', keys: ['ctrl', 'alt', 'delete'] });
    await serial.waitFor('VIREO-GUEST-CTRL-ALT-DEL', 20_000);

    const { output } = await client.invoke('monitor.execute', { vm: 'keys', command: 'info status' });
    expect(output).toContain('VM status: running');
    await expect(client.invoke('console.sendKeys', { vm: 'keys', keys: ['Ctrl'] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('gives extra serial ports and virtio consoles their own history and live output', async () => {
    const extraConsoles = [
      { id: 'serial1', kind: 'serial' as const },
      { id: 'console0', kind: 'virtio' as const },
    ];
    const { client, serial } = await bootedVm('ports', {});
    await client.invoke('vm.forceOff', { vm: 'ports' });
    await client.invoke('vm.update', { vm: 'ports', changes: { extraConsoles } });
    await client.invoke('vm.start', { vm: 'ports' });
    const from = serial.output.length;
    await serial.waitFor(GUEST_PROMPT, 60_000, from);
    const second = await SerialReader.open(client, 'ports', 'serial1');
    await serial.run('echo on-ttyS1 > /dev/ttyS1; echo on-hvc0 > /dev/hvc0');
    await second.waitFor('on-ttyS1');
    const history = async (port: string) =>
      Buffer.from((await client.invoke('serial.history', { vm: 'ports', port })).data, 'base64').toString();
    await expect.poll(() => history('console0')).toContain('on-hvc0');
    expect(await history('serial1')).toContain('on-ttyS1');
    expect(await history('serial0')).not.toContain('on-ttyS1\r\n\r\n');
  });

  it('pauses a flooding console while its reader is behind, and resumes when it catches up', async () => {
    const { client, serial } = await bootedVm('flood');
    const stream = Engine.consoleStream(
      (await client.invoke('vm.get', { vm: 'flood' })).status.uuid,
      'serial0',
    );
    const engine = harness?.engine as Engine;
    // A second client (its own engine session) that reads but never acknowledges.
    const lazyClient = inProcessClient(engine);
    const lazy = await SerialReader.open(lazyClient, 'flood', 'serial0', { ack: false });
    await client.invoke('serial.send', {
      vm: 'flood',
      text: 'yes vireo-flood-line | head -c 2000000; echo flood-done\r',
    });
    await expect.poll(() => engine.fanout.isPaused(stream), { timeout: 60_000 }).toBe(true);
    const seen = lazy.output.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Paused: almost nothing more arrives (at most what was already batched).
    expect(lazy.output.length - seen).toBeLessThan(128 * 1024);
    await lazy.ackAll();
    await serial.waitFor('flood-done', 120_000);
    expect(engine.fanout.isPaused(stream)).toBe(false);
    lazyClient.close();
  });
});
