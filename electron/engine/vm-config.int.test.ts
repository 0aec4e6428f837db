import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT, GUEST_READY_MARKER } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import type { VireoError } from '../../shared/errors';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const kernelBoot = guestKernelBoot(guest);

async function rejection(promise: Promise<unknown>): Promise<VireoError> {
  try {
    await promise;
  } catch (error) {
    return error as VireoError;
  }
  throw new Error('expected a rejection');
}

describe('editing a VM (real QEMU, TCG)', () => {
  it('refuses bad changes field by field and changes nothing', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'other',
      memoryMiB: 64,
      forwards: [{ hostPort: 2222, guestPort: 22 }],
    });
    await client.invoke('vm.create', { name: 'edited', memoryMiB: 64 });
    const before = await client.invoke('vm.get', { vm: 'edited' });

    const badMemory = await rejection(
      client.invoke('vm.update', { vm: 'edited', changes: { memoryMiB: 1 } }),
    );
    expect(badMemory.code).toBe('INVALID_INPUT');
    expect(badMemory.details?.issues).toEqual([
      { path: ['changes', 'memoryMiB'], message: expect.any(String) },
    ]);

    const network = { ...(before.config?.network ?? { mode: 'none' as const }) };
    const taken = await rejection(
      client.invoke('vm.update', {
        vm: 'edited',
        changes: {
          network: {
            ...network,
            mode: 'user',
            mac: '52:54:00:00:00:01',
            forwards: [
              { hostPort: 8080, guestPort: 80 },
              { hostPort: 2222, guestPort: 22 },
            ],
          },
        },
      }),
    );
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      details: { issues: [{ path: ['changes', 'network', 'forwards', '1', 'hostPort'] }] },
    });
    const topology = await rejection(
      client.invoke('vm.update', { vm: 'edited', changes: { cpu: { count: 4, sockets: 3 } } }),
    );
    expect(topology.details?.issues).toEqual([
      { path: ['changes', 'cpu'], message: 'sockets × cores × threads must equal the vCPU count' },
    ]);
    const missingIso = await rejection(
      client.invoke('vm.update', {
        vm: 'edited',
        changes: { cdrom: { id: 'cdrom0', path: '/no/such.iso' } },
      }),
    );
    expect(missingIso.details?.issues).toEqual([
      { path: ['changes', 'cdrom', 'path'], message: expect.stringContaining('/no/such.iso') },
    ]);
    const name = await rejection(client.invoke('vm.update', { vm: 'edited', changes: { name: 'other' } }));
    expect(name).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: ['changes', 'name'] }] } });

    expect(await client.invoke('vm.get', { vm: 'edited' })).toEqual(before);
  });

  it('previews the argv of unsaved changes, saves them, and says a running VM needs a restart', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'live',
      memoryMiB: 128,
      cpus: 1,
      network: 'none',
      ...kernelBoot,
      emptyCdrom: true,
    });
    const preview = await client.invoke('vm.previewArgs', { vm: 'live', changes: { memoryMiB: 192 } });
    expect(preview.argv).toContain('size=192M');
    expect((await client.invoke('vm.get', { vm: 'live' })).config?.memoryMiB).toBe(128);

    const serial = await SerialReader.open(client, 'live');
    await client.invoke('vm.start', { vm: 'live' });
    await serial.waitFor(GUEST_PROMPT);

    const saved = await client.invoke('vm.update', {
      vm: 'live',
      changes: { memoryMiB: 192, description: 'web server' },
    });
    expect(saved.config).toMatchObject({ memoryMiB: 192, description: 'web server' });
    expect(saved.status).toMatchObject({ state: 'running', needsRestart: true });

    // CD-ROM media change live: the guest sees the disc appear.
    const inserted = await client.invoke('vm.update', {
      vm: 'live',
      changes: { cdrom: { id: 'cdrom0', path: guest.iso } },
    });
    expect(inserted.config.cdrom?.path).toBe(guest.iso);
    const session = harness.engine.find('live').running;
    const blocks = await session?.qmp.execute('human-monitor-command', { 'command-line': 'info block' });
    expect(blocks).toContain(guest.iso);

    await client.invoke('vm.forceOff', { vm: 'live' });
    const restarted = await client.invoke('vm.start', { vm: 'live' });
    expect(restarted.needsRestart).toBe(false);
    const timeline = await client.invoke('vm.timeline', { vm: 'live' });
    expect(timeline.map((entry) => entry.state ?? entry.kind)).toEqual(
      expect.arrayContaining(['info', 'starting', 'running', 'shutting-down', 'stopped']),
    );
    const log = await client.invoke('vm.log', { vm: 'live' });
    expect(log.current).toContain('vireo: starting');
    expect(log.previous).toContain('vireo: starting');
  });

  it('adds a new disk, attaches an existing one, lists their sizes, and removes them', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    await client.invoke('vm.create', { name: 'disks', memoryMiB: 64, network: 'none' });
    const withNew = await client.invoke('vm.addDisk', {
      vm: 'disks',
      disk: { kind: 'new', sizeBytes: 64 * 2 ** 20 },
    });
    const newDisk = withNew.config.disks[0];
    expect(newDisk).toMatchObject({ id: 'disk0', format: 'qcow2', managed: true });
    expect(withNew.config.bootOrder).toEqual(['disk0']);

    const existing = join(home.dir, 'data,disk.raw');
    execFileSync('qemu-img', ['create', '-q', '-f', 'raw', existing, '32M']);
    const both = await client.invoke('vm.addDisk', {
      vm: 'disks',
      disk: { kind: 'existing', path: existing, bus: 'sata' },
    });
    expect(both.config.disks[1]).toMatchObject({
      id: 'disk1',
      path: existing,
      format: 'raw',
      bus: 'sata',
      managed: false,
    });
    const again = await rejection(
      client.invoke('vm.addDisk', { vm: 'disks', disk: { kind: 'existing', path: existing } }),
    );
    expect(again.details?.issues).toEqual([
      { path: ['disk', 'path'], message: expect.stringContaining('already attached') },
    ]);

    const sizes = await client.invoke('vm.disks', { vm: 'disks' });
    expect(sizes.map((d) => [d.id, d.virtualSizeBytes])).toEqual([
      ['disk0', 64 * 2 ** 20],
      ['disk1', 32 * 2 ** 20],
    ]);

    const refused = await rejection(
      client.invoke('vm.removeDisk', { vm: 'disks', diskId: 'disk1', deleteFile: true }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    await client.invoke('vm.removeDisk', { vm: 'disks', diskId: 'disk1' });
    expect(existsSync(existing)).toBe(true);
    const last = await client.invoke('vm.removeDisk', { vm: 'disks', diskId: 'disk0', deleteFile: true });
    expect(last.config.disks).toEqual([]);
    expect(existsSync(newDisk?.path ?? '')).toBe(false);
  });

  it('imports a disk image (converted to qcow2) that then boots', async () => {
    harness = await startEngine();
    const { client, engine } = harness;
    const created = await client.invoke('vm.create', {
      name: 'imported',
      memoryMiB: 256,
      cpus: 1,
      network: 'none',
      importDisk: { path: guest.iso },
    });
    const { config } = await client.invoke('vm.get', { vm: created.uuid });
    expect(config?.disks).toEqual([expect.objectContaining({ id: 'disk0', format: 'qcow2', managed: true })]);
    expect(readdirSync(engine.find('imported').files.dataDir)).toContain('disk0.qcow2');
    const serial = await SerialReader.open(client, 'imported');
    await client.invoke('vm.start', { vm: 'imported' });
    await serial.waitFor(GUEST_READY_MARKER, 90_000);
  });

  it('refuses an import that is not an image and leaves nothing behind', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const notThere = await rejection(
      client.invoke('vm.create', {
        name: 'ghost',
        memoryMiB: 64,
        importDisk: { path: join(home.dir, 'nope.img') },
      }),
    );
    expect(notThere.details?.issues).toEqual([
      { path: ['importDisk', 'path'], message: expect.stringContaining('nope.img') },
    ]);
    expect(await client.invoke('vm.list', {})).toEqual([]);
    expect(readdirSync(join(home.dir, 'data', 'vms'))).toEqual([]);
  });
});

describe('host checks', () => {
  it('tells an ISO, a disk image and a missing path apart', async () => {
    harness = await startEngine();
    const { client } = harness;
    expect(await client.invoke('host.checkPath', { path: guest.iso, purpose: 'iso' })).toMatchObject({
      ok: true,
      volumeId: 'VIREO_TEST_GUEST',
    });
    expect(await client.invoke('host.checkPath', { path: guest.iso, purpose: 'disk' })).toMatchObject({
      ok: true,
      format: 'raw',
    });
    expect(await client.invoke('host.checkPath', { path: guest.kernel, purpose: 'iso' })).toMatchObject({
      ok: false,
      problem: 'this is not an ISO 9660 image',
    });
    expect(await client.invoke('host.checkPath', { path: 'relative.iso', purpose: 'iso' })).toMatchObject({
      ok: false,
    });
    expect(await client.invoke('host.checkPath', { path: '/no/such', purpose: 'any' })).toMatchObject({
      ok: false,
      problem: 'no such file',
    });
    const host = await client.invoke('engine.hostInfo', {});
    expect(host.totalMemoryMiB).toBeGreaterThan(0);
    expect(host.freeDiskBytes).toBeGreaterThan(0);
    expect(host.nativeFilePicker).toBe(false);
    await expect(client.invoke('host.pickFile', { purpose: 'iso' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    const detected = await client.invoke('osinfo.detect', { isoPath: guest.iso });
    expect(detected).toEqual({ volumeId: 'VIREO_TEST_GUEST', os: null });
  });
});
