import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** A real ISO 9660 image holding one file, WHICH, that names it. */
function disc(dir: string, name: string): string {
  const tree = join(dir, `${name}-tree`);
  mkdirSync(tree, { recursive: true });
  writeFileSync(join(tree, 'WHICH'), `${name}\n`);
  const iso = join(dir, `${name}.iso`);
  execFileSync('xorriso', ['-as', 'mkisofs', '-o', iso, '-V', name.toUpperCase(), tree], { stdio: 'ignore' });
  return iso;
}

describe('CD-ROM media on a running VM (real QEMU TCG, q35 AHCI)', () => {
  it('the guest reads the disc, then the one swapped in live, and finds the drive empty after an eject', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const first = disc(home.dir, 'disc-a');
    const second = disc(home.dir, 'disc-b');
    // The generic kernel has AHCI, sr_mod and isofs; q35's CD-ROM sits on its AHCI controller.
    await client.invoke('vm.create', {
      name: 'cd',
      memoryMiB: 160,
      cpus: 1,
      network: 'none',
      iso: first,
      ...guestKernelBoot(guest.full),
    });
    const serial = await SerialReader.open(client, 'cd');
    await client.invoke('vm.start', { vm: 'cd' });
    await serial.waitFor(GUEST_PROMPT, 90_000);
    const read = () =>
      serial.run(
        'mkdir -p /mnt/cd; mount -t iso9660 -o ro /dev/sr0 /mnt/cd 2>&1; cat /mnt/cd/WHICH; umount /mnt/cd',
      );
    expect(await read()).toContain('disc-a');

    const swapped = await client.invoke('vm.update', {
      vm: 'cd',
      changes: { cdrom: { id: 'cdrom0', path: second } },
    });
    expect(swapped.status.needsRestart).toBe(false);
    await waitUntil(
      'the guest to read the new disc',
      async () => (await read()).includes('disc-b'),
      30_000,
      500,
    );

    await client.invoke('vm.update', { vm: 'cd', changes: { cdrom: { id: 'cdrom0', path: null } } });
    await waitUntil(
      'the guest to find the drive empty',
      async () => !/disc-[ab]/.test(await read()),
      30_000,
      500,
    );
    expect((await client.invoke('vm.get', { vm: 'cd' })).config?.cdrom).toEqual({ id: 'cdrom0', path: null });
  });
});
