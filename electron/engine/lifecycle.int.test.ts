import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_POWEROFF_MARKER, GUEST_READY_MARKER } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { GUEST_CMDLINE_NO_AGENT } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import type { VmStatus } from '../../shared/vm-state';
import { isProcessAlive } from './process/process-info';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

function guestUptime(output: string): number {
  const match = /(\d+\.\d+) \d+\.\d+/.exec(output);
  if (!match?.[1]) throw new Error(`no uptime in ${JSON.stringify(output)}`);
  return Number(match[1]);
}

describe('VM lifecycle against real QEMU (TCG)', () => {
  it('boots, pauses with the guest clock stopped, resumes, and powers off by ACPI', async () => {
    harness = await startEngine();
    const { client } = harness;
    const states: string[] = [];
    client.on('vm.stateChanged', (vm: VmStatus) => states.push(vm.state));
    await client.invoke('vm.create', {
      name: 'life',
      memoryMiB: 256,
      cpus: 1,
      kernel: guest.kernel,
      initrd: guest.initrd,
      cmdline: GUEST_CMDLINE_NO_AGENT,
      network: 'none',
    });
    const serial = await SerialReader.open(client, 'life');
    const started = await client.invoke('vm.start', { vm: 'life' });
    expect(started.state).toBe('running');
    expect(started.accel).toBe('tcg');
    expect(started.pid).toBeGreaterThan(0);
    await serial.waitFor(GUEST_READY_MARKER);
    await serial.waitFor('vireo-guest# ');

    const before = guestUptime(await serial.run('cat /proc/uptime'));
    const paused = await client.invoke('vm.pause', { vm: 'life' });
    expect(paused.state).toBe('paused');
    const pausedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const resumed = await client.invoke('vm.resume', { vm: 'life' });
    expect(resumed.state).toBe('running');
    const wallSeconds = (Date.now() - pausedAt) / 1000;
    const after = guestUptime(await serial.run('cat /proc/uptime'));
    // The guest's clock stood still for the ~3 s it was paused.
    expect(after - before).toBeLessThan(wallSeconds - 2);

    const stopping = await client.invoke('vm.shutdown', { vm: 'life', timeoutSec: 60 });
    expect(stopping.state).toBe('stopped');
    await serial.waitFor(GUEST_POWEROFF_MARKER, 1000);
    expect(stopping.lastExit?.kind).toBe('shutdown');
    expect(stopping.pid).toBeNull();
    expect(states).toEqual(['starting', 'running', 'paused', 'running', 'shutting-down', 'stopped']);
  });

  it('forces off a guest that ignores the ACPI power button', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'stubborn',
      memoryMiB: 256,
      cpus: 1,
      kernel: guest.kernel,
      initrd: guest.initrd,
      cmdline: `${GUEST_CMDLINE_NO_AGENT} vireo.ignore_acpi`,
      network: 'none',
    });
    const serial = await SerialReader.open(client, 'stubborn');
    const { pid } = await client.invoke('vm.start', { vm: 'stubborn' });
    await serial.waitFor('VIREO-GUEST-IGNORING-ACPI');
    await serial.waitFor('vireo-guest# ');

    await expect(client.invoke('vm.shutdown', { vm: 'stubborn', timeoutSec: 3 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    expect((await client.invoke('vm.get', { vm: 'stubborn' })).status.state).toBe('running');

    const off = await client.invoke('vm.shutdown', { vm: 'stubborn', timeoutSec: 2, force: true });
    expect(off.state).toBe('stopped');
    expect(off.lastExit?.kind).toBe('forced');
    expect(await isProcessAlive(pid as number)).toBe(false);
  });

  it('refuses operations that the state does not allow, naming the state', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', { name: 'idle', memoryMiB: 64, network: 'none' });
    await expect(client.invoke('vm.pause', { vm: 'idle' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'cannot pause "idle": it is stopped',
    });
    await expect(client.invoke('vm.forceOff', { vm: 'idle' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
  });
});
