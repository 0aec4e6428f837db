import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';

const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;
let mounted: string | undefined;

afterEach(async () => {
  if (mounted) execFileSync('umount', [mounted]);
  mounted = undefined;
  await harness?.dispose();
  harness = undefined;
});

describe('bundles and failures that leave nothing behind (real QEMU, TCG)', () => {
  it('exports a VM, which after a delete imports back and boots with its data', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    await client.invoke('vm.create', {
      name: 'travel',
      memoryMiB: 128,
      cpus: 1,
      network: 'user',
      diskSizeBytes: 32 * MiB,
      ...guestKernelBoot(guest),
    });
    let serial = await SerialReader.open(client, 'travel');
    await client.invoke('vm.start', { vm: 'travel' });
    await serial.waitFor(GUEST_PROMPT);
    await serial.run('echo PACKED-DATA | dd of=/dev/vda conv=fsync 2>/dev/null');
    await client.invoke('vm.forceOff', { vm: 'travel' });
    const before = await client.invoke('vm.get', { vm: 'travel' });

    const bundle = join(home.dir, 'travel.vireo');
    const jobs: number[] = [];
    client.on('job.updated', (job) => job.progress !== null && jobs.push(job.progress));
    const exported = await client.invoke('vm.export', { vm: 'travel', path: bundle, compress: true });
    expect(exported.bytes).toBeGreaterThan(0);
    expect(jobs.at(-1)).toBe(1);
    await expect(client.invoke('vm.export', { vm: 'travel', path: bundle })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(execFileSync('tar', ['tf', bundle], { encoding: 'utf8' }).trim().split('\n').sort()).toEqual([
      'disks/disk0.qcow2',
      'vireo-bundle.json',
    ]);

    // Same uuid free again after the delete: it comes back as itself.
    await client.invoke('vm.delete', { vm: 'travel' });
    const imported = await client.invoke('vm.import', { path: bundle });
    expect(imported).toMatchObject({ name: 'travel', uuid: before.status.uuid, state: 'stopped' });
    serial = await SerialReader.open(client, 'travel');
    await client.invoke('vm.start', { vm: 'travel' });
    await serial.waitFor(GUEST_PROMPT);
    expect(await serial.run('head -c 11 /dev/vda; echo')).toContain('PACKED-DATA');
    await client.invoke('vm.forceOff', { vm: 'travel' });

    // Again, beside itself: a new uuid and a name of its own.
    await expect(client.invoke('vm.import', { path: bundle })).rejects.toMatchObject({ code: 'CONFLICT' });
    const twin = await client.invoke('vm.import', { path: bundle, name: 'travel twin' });
    expect(twin.uuid).not.toBe(before.status.uuid);

    // Not a bundle: a clear error, no scratch left in the VMs folder.
    const junk = join(home.dir, 'junk.vireo');
    writeFileSync(junk, 'this is not a tar file');
    await expect(client.invoke('vm.import', { path: junk })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(readdirSync(join(home.paths.dataDir, 'vms')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a disk import into a full filesystem fails with the reason and leaves no file or VM', async (context) => {
    context.skip(process.getuid?.() !== 0, 'mounting the small tmpfs that fills up needs root');
    harness = await startEngine();
    const { client, home } = harness;
    const small = join(home.dir, 'small');
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', small]);
    mounted = small;
    const image = join(home.dir, 'big.raw');
    writeFileSync(image, randomBytes(24 * MiB));
    await client.invoke('preferences.set', { changes: { diskFolder: small } });
    await expect(
      client.invoke('vm.create', {
        name: 'too big',
        memoryMiB: 64,
        network: 'none',
        importDisk: { path: image },
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/No space left on device/i) });
    expect(readdirSync(small)).toEqual([]);
    expect(await client.invoke('vm.list', {})).toEqual([]);
    expect(readdirSync(join(home.paths.dataDir, 'vms'))).toEqual([]);
  });

  it('a disk import shows progress and, cancelled, leaves no VM and no file', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const image = join(home.dir, 'slow.raw');
    writeFileSync(image, randomBytes(256 * MiB));
    const seen: string[] = [];
    const stop = client.on('job.updated', (job) => {
      seen.push(job.state);
      if (job.id === 'import-1' && job.state === 'running')
        void client.invoke('job.cancel', { id: 'import-1' }).catch(() => undefined);
    });
    await expect(
      client.invoke('vm.create', {
        name: 'imported',
        memoryMiB: 64,
        network: 'none',
        importDisk: { path: image },
        jobId: 'import-1',
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    stop();
    expect(seen).toContain('cancelled');
    expect(await client.invoke('vm.list', {})).toEqual([]);
    expect(readdirSync(join(home.paths.dataDir, 'vms'))).toEqual([]);
  });
});
