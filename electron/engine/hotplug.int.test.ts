import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';

const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('disk hot-plug (real QEMU, TCG)', () => {
  it('plugs a virtio disk into a running guest, which sees it, and unplugs it again', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'plug',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    const serial = await SerialReader.open(client, 'plug');
    await client.invoke('vm.start', { vm: 'plug' });
    await serial.waitFor(GUEST_PROMPT);
    const blockDevices = async () => (await serial.run('ls /sys/block')).split(/\s+/);
    expect(await blockDevices()).not.toContain('vda');

    const added = await client.invoke('vm.addDisk', {
      vm: 'plug',
      disk: { kind: 'new', sizeBytes: 16 * MiB },
    });
    expect(added.config.disks.map((d) => d.id)).toEqual(['disk0']);
    expect(added.status.needsRestart).toBe(false);
    await waitUntil('the guest to see vda', async () => (await blockDevices()).includes('vda'), 30_000, 500);
    expect(await serial.run('cat /sys/block/vda/size')).toContain(String((16 * MiB) / 512));

    await expect(
      client.invoke('vm.addDisk', { vm: 'plug', disk: { kind: 'new', sizeBytes: 16 * MiB, bus: 'sata' } }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('only virtio disks') });

    const removed = await client.invoke('vm.removeDisk', { vm: 'plug', diskId: 'disk0', deleteFile: true });
    expect(removed.config.disks).toEqual([]);
    expect(removed.status.needsRestart).toBe(false);
    await waitUntil('vda to go', async () => !(await blockDevices()).includes('vda'), 30_000, 500);
  });
});
