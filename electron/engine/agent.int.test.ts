import { createConnection, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { MetricsTick } from '../../shared/metrics';
import { GUEST_AGENT_SHUTDOWN_MARKER, GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { runCli } from '../../e2e/support/run-cli';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';
import { serveControlSocket } from './control/control-server';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;
let blocker: Server | undefined;

afterEach(async () => {
  blocker?.close();
  blocker = undefined;
  await harness?.dispose();
  harness = undefined;
});

/** A free loopback port (the kernel's pick), released again. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Sends `text` to a host port and resolves when the connection ends; rejects when refused. */
function sendTo(port: number, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(port, '127.0.0.1', () => socket.end(text));
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

async function bootAgentGuest(name: string, extraCmdline = '') {
  harness = await startEngine();
  const { client } = harness;
  const boot = guestKernelBoot(guest);
  await client.invoke('vm.create', {
    name,
    memoryMiB: 192,
    cpus: 1,
    network: 'user',
    diskSizeBytes: 16 * 1024 * 1024,
    ...boot,
    cmdline: `${boot.cmdline}${extraCmdline}`,
  });
  const serial = await SerialReader.open(client, name);
  await client.invoke('vm.start', { vm: name });
  await serial.waitFor(GUEST_PROMPT);
  await waitUntil(
    'the guest agent to connect',
    async () => (await client.invoke('vm.get', { vm: name })).status.guestAgent === 'connected',
    30_000,
    250,
  );
  return { client, serial, harness };
}

describe('guest agent (real QEMU TCG, qemu-ga in the test guest)', () => {
  it('reports OS, hostname and address; the network chart gets rx/tx in user mode; a live forward reaches the guest', async () => {
    const { client, serial, harness: running } = await bootAgentGuest('agent');
    const env = running.home.env;
    const info = await waitUntil(
      'the guest to have its DHCP address',
      async () => {
        const current = await client.invoke('agent.info', { vm: 'agent' });
        const eth0 = current.interfaces.find((nic) => nic.name === 'eth0');
        return eth0?.addresses.some((a) => a.address === '10.0.2.15') ? current : undefined;
      },
      30_000,
      500,
    );
    expect(info.state).toBe('connected');
    expect(info.hostname).toBe('vireo-guest');
    expect(info.os?.prettyName).toBe('Vireo Test Guest 1');
    expect(info.os?.kernelRelease).toBe(guest.kernelVersion);

    const control = await serveControlSocket(running.engine);
    try {
      const cli = await runCli(['agent', 'agent', 'info', '--json'], env);
      expect(cli.code).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ hostname: 'vireo-guest' });
      const text = await runCli(['agent', 'agent', 'info'], env);
      expect(text.stdout).toMatch(/Addresses: .*10\.0\.2\.15/);

      // Port forward added live: a TCP connection from the host reaches busybox nc in the guest.
      const port = await freePort();
      await serial.run('nc -l -p 7777 > /tmp/got &');
      const added = await runCli(['forward', 'agent', 'add', `tcp:${port}:7777`], env);
      expect(added.stdout).toContain(`forwards tcp:127.0.0.1:${port} → guest 7777`);
      expect((await client.invoke('vm.get', { vm: 'agent' })).status.needsRestart).toBe(false);
      await sendTo(port, 'hello through the forward\n');
      await waitUntil(
        'the guest to receive the text',
        async () => (await serial.run('cat /tmp/got')).includes('hello through the forward'),
        15_000,
        300,
      );

      // Removed live: the host port closes.
      await runCli(['forward', 'agent', 'remove', `tcp:${port}`], env);
      await expect(sendTo(port, 'x')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      // A host port already taken: a clear error, and the config keeps what it had.
      const listener = createServer();
      blocker = listener;
      const takenPort = await freePort();
      await new Promise<void>((resolve) => listener.listen(takenPort, '127.0.0.1', resolve));
      const taken = await runCli(['forward', 'agent', 'add', `tcp:${takenPort}:22`], env);
      expect(taken.code).not.toBe(0);
      expect(taken.stderr).toContain(`is host port ${takenPort} in use?`);
      const { config } = await client.invoke('vm.get', { vm: 'agent' });
      expect(config?.network.mode === 'user' && config.network.forwards).toEqual([]);
    } finally {
      await control.close();
    }

    // A snapshot of the disks only, the guest's file systems frozen by its agent meanwhile.
    await client.invoke('snapshot.create', { vm: 'agent', name: 'disks', memory: false });
    const snapshots = await client.invoke('snapshot.list', { vm: 'agent' });
    expect(snapshots.snapshots.find((s) => s.name === 'disks')?.withMemory).toBe(false);
    const timeline = await client.invoke('vm.timeline', { vm: 'agent' });
    expect(timeline.map((e) => e.message)).toContain(
      'snapshot “disks” taken (of the disks, file systems frozen by the guest agent)',
    );

    // The network chart: the guest's own counters, with traffic from a ping of the gateway.
    const ticks: MetricsTick[] = [];
    client.on('metrics.tick', (tick) => ticks.push(tick));
    await client.invoke('metrics.subscribe', {});
    await serial.run('ping -c 20 -i 0.2 10.0.2.2 >/dev/null 2>&1 &');
    const sample = await waitUntil(
      'a network sample from the agent',
      async () =>
        ticks
          .flatMap((t) => t.vms)
          .find((vm) => vm.values.netRx !== null && vm.values.netRx > 0 && vm.values.netTx !== null),
      30_000,
      250,
    );
    expect(sample.notes).not.toContain('net-user-mode');
  });

  it('shuts a guest that ignores ACPI down through its agent', async () => {
    const { client, serial } = await bootAgentGuest('stubborn', ' vireo.ignore_acpi');
    await client.invoke('vm.shutdown', { vm: 'stubborn', timeoutSec: 60 });
    expect((await client.invoke('vm.get', { vm: 'stubborn' })).status.state).toBe('stopped');
    await serial.waitFor(GUEST_AGENT_SHUTDOWN_MARKER, 5000);
    const timeline = await client.invoke('vm.timeline', { vm: 'stubborn' });
    expect(timeline.map((e) => e.message)).toContain('asked the guest agent to power off');
  });

  it('says plainly when a VM has no agent', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'plain',
      memoryMiB: 128,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    await client.invoke('vm.update', { vm: 'plain', changes: { guestAgent: false } });
    await client.invoke('vm.start', { vm: 'plain' });
    const control = await serveControlSocket(harness.engine);
    try {
      const result = await runCli(['agent', 'plain', 'info'], harness.home.env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('has no guest agent channel');
    } finally {
      await control.close();
    }
    expect((await client.invoke('agent.info', { vm: 'plain' })).state).toBe('none');
  });
});
