import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { runCli } from '../../e2e/support/run-cli';
import { waitUntil } from '../../e2e/support/wait';
import { serveControlSocket } from './control/control-server';

const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;
let holder: ChildProcess | undefined;

afterEach(async () => {
  holder?.kill('SIGKILL');
  holder = undefined;
  await harness?.dispose();
  harness = undefined;
});

describe('vireo disk and vireo cdrom (real qemu-img and QEMU)', () => {
  it('lists, adds, grows (never shrinks), detaches; refuses a disk another VM or process holds, naming it', async () => {
    harness = await startEngine();
    const control = await serveControlSocket(harness.engine);
    const { client, home } = harness;
    const env = home.env;
    try {
      await client.invoke('vm.create', {
        name: 'a',
        memoryMiB: 64,
        network: 'none',
        diskSizeBytes: 16 * MiB,
      });
      await client.invoke('vm.create', { name: 'b', memoryMiB: 64, network: 'none' });
      const listed = JSON.parse((await runCli(['disk', 'a', 'list', '--json'], env)).stdout) as Array<{
        id: string;
        path: string;
        virtualSizeBytes: number;
      }>;
      expect(listed).toMatchObject([{ id: 'disk0', virtualSizeBytes: 16 * MiB }]);
      const aDisk = listed[0]?.path as string;

      const taken = await runCli(['disk', 'b', 'attach', aDisk], env);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain('is a disk of the VM “a”');

      const grown = await runCli(['disk', 'a', 'resize', 'disk0', '+16M'], env);
      expect(grown.stdout).toContain('Resized disk0 of "a" to 32 MiB');
      const shrink = await runCli(['disk', 'a', 'resize', 'disk0', '8M'], env);
      expect(shrink.code).toBe(2);
      expect(shrink.stderr).toContain('only grows disks');
      expect(
        JSON.parse((await runCli(['disk', 'a', 'list', '--json'], env)).stdout)[0].virtualSizeBytes,
      ).toBe(32 * MiB);

      expect((await runCli(['disk', 'b', 'add', '--size', '8M'], env)).stdout).toMatch(
        /Added disk0 \(.*disk0\.qcow2\) to "b"/,
      );
      expect((await runCli(['disk', 'b', 'detach', 'disk0', '--delete-file'], env)).code).toBe(0);
      const raw = await runCli(
        ['disk', 'b', 'add', '--size', '8M', '--format', 'raw', '--preallocation', 'full', '--json'],
        env,
      );
      const rawDisk = JSON.parse(raw.stdout) as { path: string; format: string };
      expect(rawDisk.format).toBe('raw');
      expect(statSync(rawDisk.path).blocks * 512).toBeGreaterThanOrEqual(8 * MiB); // written, not sparse
      const wrong = await runCli(
        ['disk', 'b', 'add', '--size', '8M', '--format', 'raw', '--preallocation', 'metadata'],
        env,
      );
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('metadata preallocation is for qcow2 images');
      expect((await runCli(['disk', 'b', 'detach', 'disk0', '--delete-file'], env)).code).toBe(0);
      expect(await runCli(['disk', 'b', 'list'], env)).toMatchObject({ stdout: 'No disks.\n' });

      // An image some other process holds open for writing: refused, naming the process.
      const image = join(home.dir, 'held.raw');
      writeFileSync(image, Buffer.alloc(MiB));
      // A QEMU with the image as a guest's disk: it holds the write lock, as a running VM does.
      const drive = [`driver=file,node-name=f,filename=${image}`, 'driver=raw,node-name=r,file=f'];
      holder = spawn(
        'qemu-system-x86_64',
        ['-M', 'q35', '-accel', 'tcg', '-nodefaults', '-display', 'none', '-S']
          .concat(['-blockdev', drive[0] as string, '-blockdev', drive[1] as string])
          .concat(['-device', 'virtio-blk-pci,drive=r']),
        { stdio: 'ignore' },
      );
      await waitUntil(
        'QEMU to lock the image',
        () => spawnSync('qemu-io', ['-c', 'quit', image]).status !== 0,
        20_000,
        100,
      );
      const held = await runCli(['disk', 'b', 'attach', image], env);
      expect(held.stderr).toMatch(new RegExp(`is in use by qemu-system-x86 \\(pid ${holder.pid}\\)`));
    } finally {
      await control.close();
    }
  });

  it('inserts and ejects a CD', async () => {
    harness = await startEngine();
    const control = await serveControlSocket(harness.engine);
    const env = harness.home.env;
    try {
      await harness.client.invoke('vm.create', {
        name: 'cd',
        memoryMiB: 64,
        network: 'none',
        emptyCdrom: true,
      });
      expect((await runCli(['cdrom', 'cd', 'insert', guest.iso], env)).stdout).toContain(
        `Inserted ${guest.iso}`,
      );
      expect((await harness.client.invoke('vm.get', { vm: 'cd' })).config?.cdrom?.path).toBe(guest.iso);
      expect((await runCli(['cdrom', 'cd', 'eject'], env)).code).toBe(0);
      expect((await harness.client.invoke('vm.get', { vm: 'cd' })).config?.cdrom?.path).toBeNull();
      await harness.client.invoke('vm.create', { name: 'nocd', memoryMiB: 64, network: 'none' });
      const none = await runCli(['cdrom', 'nocd', 'eject'], env);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('has no CD-ROM drive');
    } finally {
      await control.close();
    }
  });
});
