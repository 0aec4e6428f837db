import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { shareMountCommand, shareTransport } from '../../shared/vm-config';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { runCli } from '../../e2e/support/run-cli';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';
import { serveControlSocket } from './control/control-server';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;
let folder: string | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('shared folders and CPU/memory hot-plug (real QEMU TCG)', () => {
  it('shares host folders the guest mounts: read-write over virtiofs (as root), read-only over 9p', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    // Debian 12's virtiofsd needs root; others get 9p for every share. CI runs as root.
    const { features } = await client.invoke('engine.capabilities', {});
    expect(features.virtiofs).toBe(process.getuid?.() === 0);
    const rw = shareMountCommand('hostdata', shareTransport({ readOnly: false }, features.virtiofs));
    folder = mkdtempSync(join(tmpdir(), 'vireo-share-'));
    writeFileSync(join(folder, 'hello.txt'), 'written by the host\n');
    // The cloud kernel has no 9p: the generic one does.
    await client.invoke('vm.create', {
      name: 'fs',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest.full),
    });
    const control = await serveControlSocket(harness.engine);
    try {
      const added = await runCli(['share', 'fs', 'add', folder, 'hostdata'], home.env);
      expect(added.stdout).toContain(rw);
      await runCli(['share', 'fs', 'add', folder, 'ro', '--readonly'], home.env);
      const bad = await runCli(['share', 'fs', 'add', join(folder, 'hello.txt'), 'file'], home.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('is not a folder');
    } finally {
      await control.close();
    }
    const serial = await SerialReader.open(client, 'fs');
    await client.invoke('vm.start', { vm: 'fs' });
    await serial.waitFor(GUEST_PROMPT, 90_000);
    await serial.run('mkdir -p /mnt/h /mnt/ro');
    // The command the user is shown, without sudo (the guest's shell is root), at /mnt/h.
    await serial.run(rw.replace(/sudo /g, '').replaceAll('/mnt/hostdata', '/mnt/h'));
    expect(await serial.run('grep /mnt/h /proc/mounts')).toContain(features.virtiofs ? 'virtiofs' : '9p');
    expect(await serial.run('cat /mnt/h/hello.txt')).toContain('written by the host');
    await serial.run('echo from the guest > /mnt/h/back.txt');
    expect(readFileSync(join(folder, 'back.txt'), 'utf8')).toBe('from the guest\n');
    await serial.run('mount -t 9p -o trans=virtio,version=9p2000.L ro /mnt/ro');
    expect(await serial.run('echo x > /mnt/ro/nope.txt')).toMatch(/Read-only file system/);
  });

  it('adds a vCPU and 128 MiB to a running guest, which onlines them', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    await client.invoke('vm.create', {
      name: 'grow',
      memoryMiB: 256,
      cpus: 1,
      maxCpus: 2,
      maxMemoryMiB: 1024,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    const serial = await SerialReader.open(client, 'grow');
    await client.invoke('vm.start', { vm: 'grow' });
    await serial.waitFor(GUEST_PROMPT);
    const memTotalKiB = async () =>
      Number(/MemTotal:\s+(\d+)/.exec(await serial.run('grep MemTotal /proc/meminfo'))?.[1]);
    const before = await memTotalKiB();
    const control = await serveControlSocket(harness.engine);
    try {
      const cpu = await runCli(['hotplug', 'grow', 'cpu'], home.env);
      expect(cpu.stdout).toContain('"grow" has 2 vCPUs');
      await waitUntil(
        'cpu1 in the guest',
        async () => (await serial.run('ls /sys/devices/system/cpu')).includes('cpu1'),
        30_000,
        500,
      );
      await serial.run('echo 1 > /sys/devices/system/cpu/cpu1/online 2>/dev/null; true');
      expect(await serial.run('cat /sys/devices/system/cpu/online')).toContain('0-1');

      const memory = await runCli(['hotplug', 'grow', 'memory', '128M'], home.env);
      expect(memory.stdout).toContain('"grow" has 384 MiB');
      const odd = await runCli(['hotplug', 'grow', 'memory', '100M'], home.env);
      expect(odd.stderr).toContain('steps of 128 MiB');
    } finally {
      await control.close();
    }
    await serial.run(
      'for m in /sys/devices/system/memory/memory*/state; do grep -q offline $m && echo online > $m; done; true',
    );
    await waitUntil(
      'the guest to count the new memory',
      async () => (await memTotalKiB()) >= before + 120 * 1024,
      30_000,
      500,
    );
    const { status, config } = await client.invoke('vm.get', { vm: 'grow' });
    expect(config?.cpu.count).toBe(2);
    expect(config?.memoryMiB).toBe(384);
    expect(status.needsRestart).toBe(false);
  });

  it('plugs an image file in as a USB stick the guest sees, and out again; names a missing host device', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const stick = join(home.dir, 'stick.img');
    writeFileSync(stick, Buffer.alloc(8 * 1024 * 1024));
    // The generic kernel has xHCI and usb-storage; a VM with a screen has an xHCI controller.
    await client.invoke('vm.create', {
      name: 'usb',
      memoryMiB: 160,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest.full),
    });
    const serial = await SerialReader.open(client, 'usb');
    await client.invoke('vm.start', { vm: 'usb' });
    await serial.waitFor(GUEST_PROMPT, 90_000);
    const blocks = async () => (await serial.run('ls /sys/block')).split(/\s+/);
    expect(await blocks()).not.toContain('sda');
    const control = await serveControlSocket(harness.engine);
    try {
      const attached = await runCli(['usb', 'usb', 'attach', stick], home.env);
      expect(attached.stdout).toContain('as usb0');
      await waitUntil(
        'the guest to see the stick',
        async () => (await blocks()).includes('sda'),
        30_000,
        500,
      );
      expect(await serial.run('cat /sys/block/sda/size')).toContain(String((8 * 1024 * 1024) / 512));
      const listed = JSON.parse((await runCli(['usb', 'usb', 'list', '--json'], home.env)).stdout) as {
        attached: Array<{ id: string; kind: string; path?: string }>;
      };
      expect(listed.attached).toEqual([{ id: 'usb0', kind: 'storage', path: stick, readOnly: false }]);
      const missing = await runCli(['usb', 'usb', 'attach', '99:99'], home.env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no USB device at 99:99 on this host');
      await runCli(['usb', 'usb', 'detach', 'usb0'], home.env);
      await waitUntil('the stick to go', async () => !(await blocks()).includes('sda'), 30_000, 500);
      expect((await client.invoke('vm.get', { vm: 'usb' })).config?.usb).toEqual([]);
    } finally {
      await control.close();
    }
  });

  it('holds a panicked guest in the panicked state until it is reset', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'oops',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    const serial = await SerialReader.open(client, 'oops');
    await client.invoke('vm.start', { vm: 'oops' });
    await serial.waitFor(GUEST_PROMPT);
    await client.invoke('serial.send', {
      vm: 'oops',
      port: 'serial0',
      text: 'echo c > /proc/sysrq-trigger\r',
    });
    const panicked = await waitUntil(
      'the panicked state',
      async () => {
        const { status } = await client.invoke('vm.get', { vm: 'oops' });
        return status.state === 'panicked' ? status : undefined;
      },
      30_000,
      200,
    );
    expect(panicked.panic?.message).toContain('the guest kernel panicked');
    expect(panicked.pid).not.toBeNull();
    const from = serial.output.length;
    await client.invoke('vm.reboot', { vm: 'oops' });
    await serial.waitFor(GUEST_PROMPT, 60_000, from);
    const { status } = await client.invoke('vm.get', { vm: 'oops' });
    expect(status.state).toBe('running');
    expect(status.panic).toBeNull();
  });

  it('plugs a network card into a running guest, which sees it, and takes it out again', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'nic',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    const serial = await SerialReader.open(client, 'nic');
    await client.invoke('vm.start', { vm: 'nic' });
    await serial.waitFor(GUEST_PROMPT);
    const interfaces = async () => (await serial.run('ls /sys/class/net')).split(/\s+/);
    expect(await interfaces()).not.toContain('eth0');
    const network = { mode: 'user' as const, id: 'net0', mac: '52:54:00:aa:bb:cc', forwards: [] };
    const plugged = await client.invoke('vm.update', { vm: 'nic', changes: { network } });
    expect(plugged.status.needsRestart).toBe(false);
    await waitUntil('eth0 in the guest', async () => (await interfaces()).includes('eth0'), 30_000, 500);
    expect(await serial.run('cat /sys/class/net/eth0/address')).toContain('52:54:00:aa:bb:cc');
    const unplugged = await client.invoke('vm.update', { vm: 'nic', changes: { network: { mode: 'none' } } });
    expect(unplugged.status.needsRestart).toBe(false);
    await waitUntil('eth0 to go', async () => !(await interfaces()).includes('eth0'), 30_000, 500);
  });
});
