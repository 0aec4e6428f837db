import { existsSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { harnessFor, startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { createTempHome } from '../../e2e/support/temp-home';
import { Engine } from './engine';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uptime = (text: string) => Number(/(\d+\.\d+) \d+\.\d+/.exec(text)?.[1]);

describe('saved state (real QEMU, TCG)', () => {
  it('saves a running guest to disk and restores it where it was, even after an engine restart', async () => {
    const home = createTempHome();
    harness = await startEngine(home);
    let { client } = harness;
    const { uuid } = await client.invoke('vm.create', {
      name: 'sleeper',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    let serial = await SerialReader.open(client, 'sleeper');
    await client.invoke('vm.start', { vm: 'sleeper' });
    await serial.waitFor(GUEST_PROMPT);
    await serial.run('echo remembered > /tmp/marker');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = uptime(await serial.run('cat /proc/uptime'));
    expect(before).toBeGreaterThan(2);

    const saved = await client.invoke('vm.save', { vm: 'sleeper' });
    expect(saved).toMatchObject({ state: 'saved', pid: null, lastExit: { kind: 'saved' } });
    const files = harness.engine.find(uuid).files;
    expect(existsSync(files.savedState)).toBe(true);
    await expect(
      client.invoke('vm.update', { vm: 'sleeper', changes: { memoryMiB: 256 } }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });

    // A new engine still knows it is saved.
    client.close();
    await harness.engine.close();
    harness = harnessFor(
      home,
      await Engine.open({ paths: home.paths, env: home.env, kind: 'test', version: 'test' }),
    );
    client = harness.client;
    expect((await client.invoke('vm.get', { vm: 'sleeper' })).status.state).toBe('saved');

    serial = await SerialReader.open(client, 'sleeper');
    const restored = await client.invoke('vm.start', { vm: 'sleeper' });
    expect(restored.state).toBe('running');
    // Uptime goes on from where it was (a fresh boot would start near 0), and RAM kept the marker.
    const after = uptime(await serial.run('cat /proc/uptime'));
    expect(after).toBeGreaterThanOrEqual(before);
    expect(await serial.run('cat /tmp/marker')).toContain('remembered');
    expect(existsSync(files.savedState)).toBe(false);
    expect(serial.output).not.toContain('VIREO-GUEST-READY');
  });

  it('refuses with the reason when the shared clipboard is on; discards a saved state on request', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'clip',
      memoryMiB: 64,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    await client.invoke('vm.update', {
      vm: 'clip',
      changes: { display: { vnc: true, vga: 'std', clipboard: true } },
    });
    await client.invoke('vm.start', { vm: 'clip' });
    await expect(client.invoke('vm.save', { vm: 'clip' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('shared clipboard'),
    });
    expect((await client.invoke('vm.get', { vm: 'clip' })).status.state).toBe('running');
    await client.invoke('vm.forceOff', { vm: 'clip' });
    await client.invoke('vm.update', {
      vm: 'clip',
      changes: { display: { vnc: true, vga: 'std', clipboard: false } },
    });
    await client.invoke('vm.start', { vm: 'clip' });
    expect((await client.invoke('vm.save', { vm: 'clip' })).state).toBe('saved');
    const stopped = await client.invoke('vm.discardSaved', { vm: 'clip' });
    expect(stopped.state).toBe('stopped');
    expect(existsSync(harness.engine.find('clip').files.savedState)).toBe(false);
  });
});
