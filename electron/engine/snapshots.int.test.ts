import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Job } from '../../shared/jobs';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';
import { runCli } from '../../e2e/support/run-cli';
import { serveControlSocket } from './control/control-server';

const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** The highest TICK-n the guest's counter printed in `text`. */
const lastTick = (text: string) =>
  Math.max(-1, ...[...text.matchAll(/TICK-(\d+)/g)].map((m) => Number(m[1])));

describe('snapshots (real QEMU, TCG)', () => {
  it('reverts a running guest to exactly where it was, and keeps the tree', async () => {
    harness = await startEngine();
    const { client } = harness;
    const { uuid } = await client.invoke('vm.create', {
      name: 'snap',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      diskSizeBytes: 64 * MiB,
      ...guestKernelBoot(guest),
    });
    const serial = await SerialReader.open(client, 'snap');
    await client.invoke('vm.start', { vm: 'snap' });
    await serial.waitFor(GUEST_PROMPT);
    await serial.run('i=0; (while :; do echo TICK-$i; i=$((i+1)); sleep 1; done) &');
    await waitUntil('the counter', () => lastTick(serial.output) >= 2, 30_000);

    const jobs: Job[] = [];
    client.on('job.updated', (job) => jobs.push(job));
    const taken = await client.invoke('snapshot.create', {
      vm: 'snap',
      name: 'before',
      description: 'at tick 2',
      jobId: 'take-1',
    });
    const atSnapshot = lastTick(serial.output);
    expect(taken.current).toBe('before');
    expect(taken.snapshots).toMatchObject([
      { name: 'before', withMemory: true, parent: null, description: 'at tick 2', problem: null },
    ]);
    expect(taken.snapshots[0]?.vmStateBytes).toBeGreaterThan(MiB);
    expect(jobs.filter((j) => j.id === 'take-1').map((j) => j.state)).toEqual(
      expect.arrayContaining(['running', 'done']),
    );

    // Change the guest: its counter goes on, and its RAM disk gets a marker.
    await serial.run('echo changed > /tmp/marker');
    await waitUntil('more ticks', () => lastTick(serial.output) >= atSnapshot + 5, 30_000);
    const before = serial.output.length;
    await client.invoke('snapshot.revert', { vm: 'snap', name: 'before' });
    // The counter continues from where the snapshot caught it, not from where it had got to.
    await waitUntil('ticks after the revert', () => /TICK-\d+/.test(serial.output.slice(before)), 30_000);
    const firstAfter = Number(/TICK-(\d+)/.exec(serial.output.slice(before))?.[1]);
    expect(firstAfter).toBeLessThanOrEqual(atSnapshot + 1);
    expect((await serial.run('cat /tmp/marker || echo no-marker')).includes('no-marker')).toBe(true);
    expect((await client.invoke('vm.get', { vm: 'snap' })).status.state).toBe('running');

    const second = await client.invoke('snapshot.create', { vm: 'snap', name: 'after' });
    expect(second.snapshots.find((s) => s.name === 'after')?.parent).toBe('before');
    const pruned = await client.invoke('snapshot.delete', { vm: 'snap', name: 'before' });
    expect(pruned.snapshots.map((s) => [s.name, s.parent])).toEqual([['after', null]]);
    expect(pruned.current).toBe('after');

    // Stopped: a disk-only snapshot; a memory snapshot reverted now resumes at the next start.
    await client.invoke('vm.forceOff', { vm: 'snap' });
    const cold = await client.invoke('snapshot.create', { vm: 'snap', name: 'cold' });
    expect(cold.snapshots.find((s) => s.name === 'cold')).toMatchObject({
      withMemory: false,
      parent: 'after',
    });
    await client.invoke('snapshot.revert', { vm: 'snap', name: 'after' });
    const resumedFrom = serial.output.length;
    await client.invoke('vm.start', { vm: 'snap' });
    await waitUntil('ticks after resuming', () => /TICK-\d+/.test(serial.output.slice(resumedFrom)), 30_000);
    expect(serial.output.slice(resumedFrom)).not.toContain('VIREO-GUEST-READY'); // no boot: resumed
    // A running VM cannot go back to a disk-only snapshot.
    await expect(client.invoke('snapshot.revert', { vm: 'snap', name: 'cold' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('shut the VM down'),
    });
    expect(uuid).toBeTruthy();
  });

  it('refuses a VM with a raw disk, with the reason, changing nothing', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const raw = join(home.dir, 'raw.img');
    await import('node:fs/promises').then((fs) => fs.writeFile(raw, Buffer.alloc(MiB)));
    const status = await client.invoke('vm.create', {
      name: 'rawdisk',
      memoryMiB: 64,
      network: 'none',
      existingDisk: { path: raw, format: 'raw' },
    });
    const list = await client.invoke('snapshot.list', { vm: 'rawdisk' });
    expect(list.problem).toContain('“disk0” is raw');
    await expect(client.invoke('snapshot.create', { vm: 'rawdisk', name: 'nope' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('snapshots need qcow2 disks'),
    });
    expect(existsSync(join(harness.engine.find(status.uuid).files.dataDir, 'snapshots.json'))).toBe(false);
    await expect(client.invoke('snapshot.create', { vm: 'rawdisk', name: '123' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('must not be only digits'),
    });
  });

  it('vireo snapshot NAME list|create|revert|delete drives a stopped VM’s disk snapshots', async () => {
    harness = await startEngine();
    const control = await serveControlSocket(harness.engine);
    try {
      await harness.client.invoke('vm.create', {
        name: 'cli snap',
        memoryMiB: 64,
        network: 'none',
        diskSizeBytes: 16 * MiB,
      });
      const env = harness.home.env;
      expect(
        (await runCli(['snapshot', 'cli snap', 'create', 'one', '--description', 'first'], env)).stdout,
      ).toContain('Took snapshot “one” of "cli snap"');
      expect((await runCli(['snapshot', 'cli snap', 'create', 'two'], env)).code).toBe(0);
      const listed = await runCli(['snapshot', 'cli snap', 'list', '--json'], env);
      expect(JSON.parse(listed.stdout)).toMatchObject({
        current: 'two',
        snapshots: [
          { name: 'one', parent: null, description: 'first', withMemory: false },
          { name: 'two', parent: 'one' },
        ],
      });
      expect((await runCli(['snapshot', 'cli snap', 'revert', 'one'], env)).code).toBe(0);
      expect((await runCli(['snapshot', 'cli snap', 'list'], env)).stdout).toMatch(/\* one /);
      expect((await runCli(['snapshot', 'cli snap', 'delete', 'two'], env)).code).toBe(0);
      // A long operation's --json is one final line.
      const three = await runCli(['snapshot', 'cli snap', 'create', 'three', '--json'], env);
      expect(three.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(three.stdout)).toMatchObject({ current: 'three' });
      const duplicate = await runCli(['snapshot', 'cli snap', 'create', 'one'], env);
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toContain('a snapshot named “one” already exists');
      const unknown = await runCli(['snapshot', 'cli snap', 'rename', 'one'], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('unknown snapshot action "rename"');
      const missing = await runCli(['snapshot', 'cli snap', 'revert', 'nope'], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no snapshot named “nope”');
    } finally {
      await control.close();
    }
  });
});
