import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';

const guest = inject('testGuest');
const ACL = '/etc/qemu/bridge.conf';
let harness: EngineHarness | undefined;
const cleanups: Array<() => void> = [];

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
  for (const step of cleanups.splice(0).reverse()) step();
});

/** A throwaway bridge, when this machine lets us make one (root with CAP_NET_ADMIN). */
function makeBridge(name: string): boolean {
  try {
    execFileSync('ip', ['link', 'add', name, 'type', 'bridge'], { stdio: 'ignore' });
    cleanups.push(() => execFileSync('ip', ['link', 'del', name], { stdio: 'ignore' }));
    return true;
  } catch {
    return false;
  }
}

// Joining a real bridge needs root (to make one, and for the helper without setuid) and an
// access list we may write: on a machine that has its own /etc/qemu/bridge.conf we leave it alone.
const canBridge = process.getuid?.() === 0 && !existsSync(ACL);

describe('bridged networking (qemu-bridge-helper)', () => {
  it('refuses to start, saying why, when the bridge does not exist; nothing is left running', async () => {
    harness = await startEngine();
    const { client, engine } = harness;
    await client.invoke('vm.create', {
      name: 'lan',
      memoryMiB: 128,
      network: 'bridge',
      bridge: 'vireo-nobr',
      ...guestKernelBoot(guest),
    });
    await expect(client.invoke('vm.start', { vm: 'lan' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('there is no network interface "vireo-nobr"'),
    });
    expect((await client.invoke('vm.get', { vm: 'lan' })).status.state).toBe('stopped');
    expect(existsSync(engine.find('lan').files.runtimeDir)).toBe(false);
  });

  it.skipIf(!canBridge)(
    'joins a host bridge: the guest has its card and the tap sits in the bridge (root, no bridge.conf of our own)',
    async () => {
      const bridge = `vbr${process.pid % 100000}`;
      expect(makeBridge(bridge)).toBe(true);
      harness = await startEngine();
      const { client } = harness;
      await client.invoke('vm.create', {
        name: 'lan',
        memoryMiB: 128,
        network: 'bridge',
        bridge,
        ...guestKernelBoot(guest),
      });
      // Without an access list entry the helper would refuse: Vireo says so before QEMU runs.
      await expect(client.invoke('vm.start', { vm: 'lan' })).rejects.toMatchObject({
        message: expect.stringContaining(`add the line "allow ${bridge}"`),
      });
      if (!existsSync(dirname(ACL))) {
        mkdirSync(dirname(ACL));
        cleanups.push(() => rmSync(dirname(ACL), { recursive: true, force: true }));
      }
      writeFileSync(ACL, `allow ${bridge}\n`);
      cleanups.push(() => rmSync(ACL, { force: true }));
      const serial = await SerialReader.open(client, 'lan');
      await client.invoke('vm.start', { vm: 'lan' });
      await serial.waitFor(GUEST_PROMPT);
      expect(await serial.run('cat /sys/class/net/eth0/address')).toMatch(/52:54:00(:[0-9a-f]{2}){3}/);
      expect(readdirSync(`/sys/class/net/${bridge}/brif`).length).toBe(1);
    },
  );
});
