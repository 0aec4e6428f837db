import { describe, expect, it } from 'vitest';
import { MEMORY_MIB_MAX, MEMORY_MIB_MIN, vmConfigSchema, type VmConfigInput } from './vm-config';

const UUID = '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a3b';

/** The smallest config the schema accepts. */
function minimal(): VmConfigInput {
  return {
    schemaVersion: 1,
    uuid: UUID,
    name: 'web',
    createdAt: '2025-06-01T12:00:00.000Z',
    memoryMiB: 1024,
    cpu: { count: 2 },
    network: { mode: 'none' },
    display: {},
  };
}

function configWith(changes: Partial<VmConfigInput>): VmConfigInput {
  return { ...minimal(), ...changes };
}

function disk(id: string, bus: 'virtio' | 'sata' = 'virtio', path = `/vms/web/${id}.qcow2`) {
  return { id, path, format: 'qcow2' as const, bus };
}

function userNetwork(
  forwards: { protocol?: 'tcp' | 'udp'; hostAddress?: string; hostPort: number; guestPort: number }[] = [],
) {
  return { mode: 'user' as const, mac: '52:54:00:12:34:56', forwards };
}

/** Each issue as "path: message", the path dotted as describeZodError prints it. */
function issues(input: unknown): string[] {
  const result = vmConfigSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('vmConfigSchema', () => {
  describe('a valid config', () => {
    it('parses a minimal config and fills in every default', () => {
      expect(vmConfigSchema.parse(minimal())).toEqual({
        schemaVersion: 1,
        uuid: UUID,
        name: 'web',
        description: '',
        createdAt: '2025-06-01T12:00:00.000Z',
        os: null,
        memoryMiB: 1024,
        cpu: { count: 2 },
        machine: 'q35',
        accel: 'auto',
        firmware: 'bios',
        secureBoot: false,
        tpm: false,
        memoryHotplug: null,
        disks: [],
        cdrom: null,
        directKernel: null,
        network: { mode: 'none' },
        display: { vnc: true, vga: 'std', clipboard: false },
        serial: true,
        memoryBalloon: true,
        guestAgent: true,
        extraConsoles: [],
        shares: [],
        usb: [],
        watchdog: null,
        bootOrder: [],
        extraArgs: [],
      });
    });

    it('fills in device, network and forward defaults', () => {
      const config = vmConfigSchema.parse(
        configWith({
          disks: [disk('disk0')],
          cdrom: { path: null },
          network: userNetwork([{ hostPort: 2222, guestPort: 22 }]),
          bootOrder: ['cdrom0', 'disk0', 'net0'],
        }),
      );
      expect(config.disks[0]).toEqual({ ...disk('disk0'), readOnly: false, managed: false });
      expect(config.cdrom).toEqual({ id: 'cdrom0', path: null });
      expect(config.network).toEqual({
        mode: 'user',
        id: 'net0',
        mac: '52:54:00:12:34:56',
        model: 'virtio-net-pci',
        forwards: [{ protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 }],
      });
      expect(config.bootOrder).toEqual(['cdrom0', 'disk0', 'net0']);
    });

    it('accepts a topology whose product equals the count', () => {
      expect(issues(configWith({ cpu: { count: 8, sockets: 2, cores: 2, threads: 2 } }))).toEqual([]);
      expect(issues(configWith({ cpu: { count: 4, cores: 4 } }))).toEqual([]);
    });

    it('accepts memory at both limits', () => {
      expect(issues(configWith({ memoryMiB: MEMORY_MIB_MIN }))).toEqual([]);
      expect(issues(configWith({ memoryMiB: MEMORY_MIB_MAX }))).toEqual([]);
    });

    it('accepts the same host port for different protocols', () => {
      const network = userNetwork([
        { protocol: 'tcp', hostPort: 5353, guestPort: 53 },
        { protocol: 'udp', hostPort: 5353, guestPort: 53 },
      ]);
      expect(issues(configWith({ network }))).toEqual([]);
    });

    it('refuses the same host port on two host addresses (they would collide on 0.0.0.0)', () => {
      const network = userNetwork([
        { protocol: 'tcp', hostAddress: '0.0.0.0', hostPort: 5353, guestPort: 53 },
        { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 5353, guestPort: 54 },
      ]);
      expect(issues(configWith({ network }))).toEqual([
        'network.forwards: host port tcp:5353 is forwarded twice',
      ]);
    });

    it('accepts exactly as many SATA/IDE devices as the machine has slots', () => {
      const fiveSata = ['a', 'b', 'c', 'd', 'e'].map((id) => disk(`sata-${id}`, 'sata'));
      expect(issues(configWith({ machine: 'q35', disks: fiveSata, cdrom: { path: null } }))).toEqual([]);
      const threeSata = fiveSata.slice(0, 3);
      expect(issues(configWith({ machine: 'pc', disks: threeSata, cdrom: { path: null } }))).toEqual([]);
    });

    it('does not count virtio disks against the SATA/IDE slots', () => {
      const disks = Array.from({ length: 10 }, (_, i) => disk(`vd${i}`, 'virtio'));
      expect(issues(configWith({ machine: 'pc', disks, cdrom: { path: null } }))).toEqual([]);
    });
  });

  describe('refuses', () => {
    it('Secure Boot without UEFI on q35', () => {
      expect(issues(configWith({ secureBoot: true }))).toEqual([
        'secureBoot: Secure Boot needs UEFI firmware on the q35 machine',
      ]);
      expect(issues(configWith({ secureBoot: true, firmware: 'uefi', machine: 'pc' }))).toEqual([
        'secureBoot: Secure Boot needs UEFI firmware on the q35 machine',
      ]);
      expect(issues(configWith({ secureBoot: true, firmware: 'uefi' }))).toEqual([]);
    });

    it('hot-plug limits below what the VM already has, or with a fixed topology', () => {
      expect(issues(configWith({ cpu: { count: 4, maxCount: 2 } }))).toEqual([
        'cpu.maxCount: the maximum vCPU count must be at least the vCPU count',
      ]);
      expect(
        issues(configWith({ cpu: { count: 2, maxCount: 4, sockets: 1, cores: 2, threads: 1 } })),
      ).toEqual(['cpu.maxCount: vCPU hot-plug needs the default topology (no sockets/cores/threads)']);
      expect(issues(configWith({ memoryHotplug: { maxMiB: 512 } }))).toEqual([
        'memoryHotplug.maxMiB: the maximum memory must be at least the memory size',
      ]);
    });

    it('a shared folder tag used twice, or one QEMU could not take', () => {
      const share = (tag: string) => ({ tag, hostPath: '/srv/data' });
      expect(issues(configWith({ shares: [share('data'), share('data')] }))).toEqual([
        'shares: a mount tag is used twice',
      ]);
      expect(issues(configWith({ shares: [share('has space')] }))).toEqual([
        'shares.0.tag: a mount tag is 1–31 letters, digits, ".", "_" or "-"',
      ]);
    });

    it('a relative disk path', () => {
      expect(issues(configWith({ disks: [disk('disk0', 'virtio', 'vms/web/disk0.qcow2')] }))).toEqual([
        'disks.0.path: disk path must be absolute',
      ]);
    });

    it('a relative ISO path and a relative kernel path', () => {
      expect(issues(configWith({ cdrom: { path: 'debian.iso' } }))).toEqual([
        'cdrom.path: ISO path must be absolute',
      ]);
      expect(issues(configWith({ directKernel: { kernel: './vmlinuz' } }))).toEqual([
        'directKernel.kernel: kernel path must be absolute',
      ]);
    });

    it('an empty disk path', () => {
      expect(issues(configWith({ disks: [disk('disk0', 'virtio', '')] }))).toContain(
        'disks.0.path: disk path must not be empty',
      );
    });

    it('a disk path containing NUL', () => {
      expect(issues(configWith({ disks: [disk('disk0', 'virtio', '/vms/a\0b')] }))).toEqual([
        'disks.0.path: disk path must not contain NUL',
      ]);
    });

    it('two disks with the same id', () => {
      expect(issues(configWith({ disks: [disk('disk0'), disk('disk0')] }))).toEqual([
        'disks: device id "disk0" is used twice',
      ]);
    });

    it('a disk sharing its id with the CD-ROM or the network card', () => {
      expect(issues(configWith({ disks: [disk('cdrom0')], cdrom: { path: null } }))).toEqual([
        'disks: device id "cdrom0" is used twice',
      ]);
      expect(issues(configWith({ disks: [disk('net0')], network: userNetwork() }))).toEqual([
        'disks: device id "net0" is used twice',
      ]);
    });

    it('a device id that is not lowercase letters, digits and dashes', () => {
      expect(issues(configWith({ disks: [disk('Disk0')] }))).toEqual([
        'disks.0.id: device id must be lowercase letters, digits, -',
      ]);
    });

    it('a boot order naming a device that does not exist', () => {
      expect(issues(configWith({ disks: [disk('disk0')], bootOrder: ['disk0', 'cdrom0'] }))).toEqual([
        'bootOrder: no device "cdrom0" to boot from',
      ]);
    });

    it('a boot order naming the network card when networking is off', () => {
      expect(issues(configWith({ bootOrder: ['net0'] }))).toEqual([
        'bootOrder: no device "net0" to boot from',
      ]);
    });

    it('a boot order naming a device twice', () => {
      expect(issues(configWith({ disks: [disk('disk0')], bootOrder: ['disk0', 'disk0'] }))).toEqual([
        'bootOrder: a device appears twice in the boot order',
      ]);
    });

    it.each([
      [{ count: 4, sockets: 2, cores: 3 }],
      [{ count: 2, threads: 4 }],
      [{ count: 1, sockets: 1, cores: 1, threads: 2 }],
    ])('a CPU topology %j whose product is not the count', (cpu) => {
      expect(issues(configWith({ cpu }))).toEqual([
        'cpu: sockets × cores × threads must equal the vCPU count',
      ]);
    });

    it('memory below 16 MiB', () => {
      const found = issues(configWith({ memoryMiB: MEMORY_MIB_MIN - 1 }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^memoryMiB: .*16/);
    });

    it('memory above the maximum', () => {
      const found = issues(configWith({ memoryMiB: MEMORY_MIB_MAX + 1 }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^memoryMiB: .*${MEMORY_MIB_MAX}`));
    });

    it('fractional memory', () => {
      expect(issues(configWith({ memoryMiB: 1024.5 }))).toEqual([expect.stringMatching(/^memoryMiB: /)]);
    });

    it('the same host port forwarded twice', () => {
      const network = userNetwork([
        { hostPort: 2222, guestPort: 22 },
        { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 2022 },
      ]);
      expect(issues(configWith({ network }))).toEqual([
        'network.forwards: host port tcp:2222 is forwarded twice',
      ]);
    });

    it('more SATA/IDE devices than a q35 machine has slots (6), counting the CD-ROM', () => {
      const sixSata = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => disk(`sata-${id}`, 'sata'));
      expect(issues(configWith({ machine: 'q35', disks: sixSata }))).toEqual([]);
      expect(issues(configWith({ machine: 'q35', disks: sixSata, cdrom: { path: null } }))).toEqual([
        'disks: the q35 machine has 6 SATA/IDE slots; 7 devices need one',
      ]);
    });

    it('more SATA/IDE devices than a pc machine has slots (4), counting the CD-ROM', () => {
      const fourSata = ['a', 'b', 'c', 'd'].map((id) => disk(`sata-${id}`, 'sata'));
      expect(issues(configWith({ machine: 'pc', disks: fourSata }))).toEqual([]);
      expect(
        issues(configWith({ machine: 'pc', disks: fourSata, cdrom: { path: '/isos/debian.iso' } })),
      ).toEqual(['disks: the pc machine has 4 SATA/IDE slots; 5 devices need one']);
    });

    it.each([
      '52:54:00:12:34',
      '52-54-00-12-34-56',
      '52:54:00:12:34:zz',
      '525400123456',
      '52:54:00:12:34:56:78',
    ])('a malformed MAC %j', (mac) => {
      expect(issues(configWith({ network: { ...userNetwork(), mac } }))).toEqual([
        'network.mac: MAC must look like 52:54:00:12:34:56',
      ]);
    });

    it('an invalid name, with the name problem in the message', () => {
      expect(issues(configWith({ name: 'a/b' }))).toEqual(['name: must not contain "/": "a/b"']);
    });

    it('an unknown schema version', () => {
      expect(issues(configWith({ schemaVersion: 2 as 1 }))).toEqual([
        expect.stringMatching(/^schemaVersion: /),
      ]);
    });

    it('a malformed uuid or creation time', () => {
      expect(issues(configWith({ uuid: 'not-a-uuid' }))).toEqual([expect.stringMatching(/^uuid: /)]);
      expect(issues(configWith({ createdAt: 'yesterday' }))).toEqual([expect.stringMatching(/^createdAt: /)]);
    });
  });
});
