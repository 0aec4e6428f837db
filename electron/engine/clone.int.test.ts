import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ContractClient } from '../../shared/contract';
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

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Boots a VM, runs a command on its serial console, returns its output, forces it off. */
async function bootAndRun(client: ContractClient, vm: string, command: string): Promise<string> {
  const serial = await SerialReader.open(client, vm);
  await client.invoke('vm.start', { vm });
  await serial.waitFor(GUEST_PROMPT);
  const output = await serial.run(command);
  await client.invoke('vm.forceOff', { vm });
  return output;
}

describe('clones (real QEMU, TCG)', () => {
  it('makes full and linked clones that boot and see the data, leaving the original untouched', async () => {
    harness = await startEngine();
    const { client, engine } = harness;
    await client.invoke('vm.create', {
      name: 'orig',
      memoryMiB: 128,
      cpus: 1,
      network: 'user',
      diskSizeBytes: 32 * MiB,
      ...guestKernelBoot(guest),
    });
    await bootAndRun(
      client,
      'orig',
      'echo ORIG-DATA-1 | dd of=/dev/vda conv=fsync 2>/dev/null; echo written',
    );
    const original = engine.find('orig').config?.disks[0]?.path as string;
    const before = sha256(original);

    const full = await client.invoke('vm.clone', { vm: 'orig', name: 'full copy' });
    expect(full.name).toBe('full copy');
    expect(sha256(original)).toBe(before);
    const fullConfig = engine.find('full copy').config;
    const origConfig = engine.find('orig').config;
    expect(fullConfig?.disks[0]?.path).not.toBe(original);
    expect(fullConfig?.network.mode === 'user' && fullConfig.network.mac).not.toBe(
      origConfig?.network.mode === 'user' && origConfig.network.mac,
    );
    expect(await bootAndRun(client, 'full copy', 'head -c 11 /dev/vda; echo')).toContain('ORIG-DATA-1');

    const linked = await client.invoke('vm.clone', { vm: 'orig', name: 'linked copy', linked: true });
    expect(linked.state).toBe('stopped');
    // The original image became a read-only base, byte for byte what it was.
    const bases = readdirSync(join(harness.home.paths.dataDir, 'bases'));
    expect(bases).toHaveLength(1);
    expect(sha256(join(harness.home.paths.dataDir, 'bases', bases[0] as string))).toBe(before);
    const [linkedDisk] = await client.invoke('vm.disks', { vm: 'linked copy' });
    expect(linkedDisk?.backingChain).toEqual([join(harness.home.paths.dataDir, 'bases', bases[0] as string)]);
    expect(
      await bootAndRun(
        client,
        'linked copy',
        'head -c 11 /dev/vda; echo; echo CLONE-WRITE | dd of=/dev/vda conv=fsync 2>/dev/null',
      ),
    ).toContain('ORIG-DATA-1');
    // The original still boots from the same path and still sees its own data.
    expect(engine.find('orig').config?.disks[0]?.path).toBe(original);
    expect(await bootAndRun(client, 'orig', 'head -c 11 /dev/vda; echo')).toContain('ORIG-DATA-1');
    expect(sha256(join(harness.home.paths.dataDir, 'bases', bases[0] as string))).toBe(before);

    // The base stays while any disk reads through it, and goes with the last of them.
    const basePath = join(harness.home.paths.dataDir, 'bases', bases[0] as string);
    await client.invoke('vm.delete', { vm: 'linked copy' });
    // Pruning runs in the background, under the bases lock: this turn comes after it.
    await engine.bases.run(async () => undefined);
    expect(existsSync(basePath)).toBe(true);
    await client.invoke('vm.delete', { vm: 'orig' });
    await waitUntil('the unused base to be removed', () => !existsSync(basePath), 10_000, 100);
  });

  it('a cancelled clone leaves nothing behind, and a running source is refused', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const big = join(home.dir, 'big.raw');
    writeFileSync(big, randomBytes(384 * MiB));
    await client.invoke('vm.create', {
      name: 'big',
      memoryMiB: 64,
      network: 'none',
      existingDisk: { path: big, format: 'raw' },
    });
    const folders = () => readdirSync(join(home.paths.dataDir, 'vms')).sort();
    const before = folders();
    const stop = client.on('job.updated', (job) => {
      if (job.id === 'cancel-me' && job.state === 'running')
        void client.invoke('job.cancel', { id: 'cancel-me' }).catch(() => undefined);
    });
    await expect(
      client.invoke('vm.clone', { vm: 'big', name: 'never', jobId: 'cancel-me' }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    stop();
    expect(folders()).toEqual(before);
    expect((await client.invoke('vm.list', {})).map((vm) => vm.name)).toEqual(['big']);

    await client.invoke('vm.create', {
      name: 'busy',
      memoryMiB: 64,
      network: 'none',
      ...guestKernelBoot(guest),
    });
    await client.invoke('vm.start', { vm: 'busy' });
    await expect(client.invoke('vm.clone', { vm: 'busy', name: 'x' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('cannot clone "busy": it is running'),
    });
    await expect(client.invoke('vm.clone', { vm: 'big', name: 'busy' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      client.invoke('vm.clone', { vm: 'big', name: 'linked big', linked: true }),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('make a full clone instead'),
    });
    expect(folders().length).toBe(before.length + 1);
  });
});
