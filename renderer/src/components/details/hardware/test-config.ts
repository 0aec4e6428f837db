import {
  vmConfigSchema,
  type DiskConfig,
  type VmConfig,
  type VmConfigInput,
} from '../../../../../shared/vm-config';

/** A saved config for tests: two disks, a CD-ROM, user networking with one forward. */
export function testConfig(overrides: Partial<VmConfigInput> = {}): VmConfig {
  return vmConfigSchema.parse({
    schemaVersion: 1,
    uuid: '6f1c1f7e-3d7e-4a53-9d0f-2f8f4c1e9a10',
    name: 'debian',
    createdAt: '2025-01-01T00:00:00.000Z',
    memoryMiB: 2048,
    cpu: { count: 4 },
    disks: [
      { id: 'disk0', path: '/vms/debian/disk0.qcow2', format: 'qcow2', bus: 'virtio', managed: true },
      { id: 'disk1', path: '/data/extra.raw', format: 'raw', bus: 'sata' },
    ],
    cdrom: { id: 'cdrom0', path: '/isos/debian.iso' },
    network: {
      mode: 'user',
      id: 'net0',
      mac: '52:54:00:12:34:56',
      forwards: [{ protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 }],
    },
    display: { vnc: true, vga: 'std' },
    bootOrder: ['cdrom0', 'disk0'],
    ...overrides,
  } satisfies VmConfigInput);
}

/** A disk for tests: an unmanaged raw image on `bus`. */
export function testDisk(id: string, bus: 'virtio' | 'sata' = 'sata'): DiskConfig {
  return { id, path: `/data/${id}.raw`, format: 'raw', bus, readOnly: false, managed: false };
}
