import { VireoError } from '../../../shared/errors';
import type { DiskConfig, VmConfig } from '../../../shared/vm-config';
import { hotplugBuses } from '../qemu/argv';
import type { QmpClient } from '../qmp/qmp-client';
import type { QmpEvent } from '../qmp/qmp-types';
import { deviceDeleted } from './cpu-memory-hotplug';

type Qmp = Pick<QmpClient, 'execute'>;

/** Only virtio disks come and go while a VM runs (SATA ports are not hot-pluggable). */
export function requireHotpluggable(bus: DiskConfig['bus']): void {
  if (bus !== 'virtio')
    throw new VireoError(
      'INVALID_STATE',
      'only virtio disks can be added to a running VM: shut it down for a SATA disk',
    );
}

/**
 * Plugs a disk into a running VM: its block nodes (as -blockdev would make them), then a
 * virtio-blk device on a free hot-plug port. A failure takes the nodes back out.
 */
export async function hotplugDisk(qmp: Qmp, machine: VmConfig['machine'], disk: DiskConfig): Promise<void> {
  requireHotpluggable(disk.bus);
  const fileNode = `${disk.id}-file`;
  await qmp.execute('blockdev-add', {
    driver: 'file',
    'node-name': fileNode,
    filename: disk.path,
    'read-only': disk.readOnly,
  });
  try {
    await qmp.execute('blockdev-add', {
      driver: disk.format,
      'node-name': disk.id,
      file: fileNode,
      'read-only': disk.readOnly,
    });
    try {
      await deviceAddOnFreePort(
        qmp,
        machine,
        { driver: 'virtio-blk-pci', id: disk.id, drive: disk.id },
        'disks',
      );
    } catch (error) {
      await qmp.execute('blockdev-del', { 'node-name': disk.id }).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    await qmp.execute('blockdev-del', { 'node-name': fileNode }).catch(() => undefined);
    throw error;
  }
}

/** device_add of a PCI device on the first free hot-plug port (q35's root ports, or pc's bus). */
export async function deviceAddOnFreePort(
  qmp: Qmp,
  machine: VmConfig['machine'],
  device: Record<string, unknown> & { driver: string; id: string },
  what: string,
): Promise<void> {
  for (const bus of hotplugBuses(machine)) {
    try {
      await qmp.execute('device_add', { ...device, bus });
      return;
    } catch (error) {
      // A port that already holds a device says so; try the next one.
      if (!/full|hotplug|occupied/i.test((error as Error).message)) throw error;
    }
  }
  throw new VireoError(
    'INVALID_STATE',
    `no free hot-plug slot is left: shut the VM down to add more ${what}`,
  );
}

/**
 * Unplugs a disk from a running VM: asks the guest to let the device go, waits for QEMU's
 * DEVICE_DELETED (the guest must cooperate; Linux takes about 5 s), then drops its block nodes.
 */
export async function unplugDisk(
  qmp: Qmp,
  disk: DiskConfig,
  events: {
    on(event: 'qmp', listener: (e: QmpEvent) => void): unknown;
    off(event: 'qmp', listener: (e: QmpEvent) => void): unknown;
  },
  timeoutMs = 30_000,
): Promise<void> {
  const deleted = deviceDeleted(events, disk.id, timeoutMs);
  await qmp.execute('device_del', { id: disk.id });
  if (!(await deleted))
    throw new VireoError(
      'TIMEOUT',
      `the guest did not release “${disk.id}” within ${timeoutMs / 1000} s (it must support PCI hot-unplug); it stays attached`,
    );
  await qmp.execute('blockdev-del', { 'node-name': disk.id });
  await qmp.execute('blockdev-del', { 'node-name': `${disk.id}-file` });
}
