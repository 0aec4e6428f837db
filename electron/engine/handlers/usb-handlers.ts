import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { fieldError, VireoError } from '../../../shared/errors';
import type { UsbDevice } from '../../../shared/usb';
import type { VmConfig } from '../../../shared/vm-config';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { listHostUsbDevices, type UsbAddress } from '../usb/host-usb-devices';
import { requireDiskFree } from '../vm/disk-ops';
import { hardwareFingerprint } from '../vm/hardware-fingerprint';
import { nextUsbId, plugUsb, requireUsbController, unplugUsb } from '../vm/usb-hotplug';
import type { QemuSession } from '../vm/qemu-session';
import type { VmInstance } from '../vm/vm-instance';
import { editedConfig, otherConfigs, saveConfig } from './update-vm';

type UsbHandlers = Pick<Handlers, 'host.usbDevices' | 'usb.attach' | 'usb.detach'>;

const describeUsb = (device: UsbDevice) =>
  device.kind === 'host' ? `${device.label || `${device.vendorId}:${device.productId}`}` : device.path;

/** USB pass-through of host devices, and image files as USB sticks. */
export function usbHandlers(engine: Engine): UsbHandlers {
  /** Applies a USB change to the config, and to the running QEMU first when there is one. */
  const change = (
    instance: VmInstance,
    usb: (current: VmConfig) => UsbDevice[],
    live: (session: QemuSession) => Promise<void>,
    what: string,
  ) =>
    instance.operate('edit', async () => {
      const current = instance.config as VmConfig;
      const next = await editedConfig(engine, instance, { usb: usb(current) });
      const session = instance.running;
      if (session) {
        const matched = !instance.status().needsRestart;
        await live(session);
        if (matched) await session.updateFingerprint(hardwareFingerprint(next));
      }
      return saveConfig(engine, instance, next, what);
    });

  const hostDevice = async (config: VmConfig, address: UsbAddress): Promise<UsbDevice> => {
    const found = (await listHostUsbDevices()).find(
      (d) => d.bus === address.bus && d.address === address.address,
    );
    if (!found)
      throw fieldError(
        'INVALID_INPUT',
        ['device'],
        `no USB device at ${address.bus}:${address.address} on this host`,
      );
    if (!found.accessible)
      throw fieldError(
        'INVALID_INPUT',
        ['device'],
        `${found.devicePath} is not accessible to this user${found.hint ? `: ${found.hint}` : ''}`,
      );
    const label = [found.vendorName, found.productName].filter(Boolean).join(' ');
    return {
      kind: 'host',
      id: nextUsbId(config),
      vendorId: found.vendorId,
      productId: found.productId,
      label,
    };
  };

  return {
    'host.usbDevices': async () => listHostUsbDevices(),
    'usb.attach': async ({ vm, device }) => {
      const instance = engine.find(vm);
      const config = instance.config;
      if (!config) throw new VireoError('INVALID_STATE', `"${instance.name}" has a broken config`);
      if (instance.running) requireUsbController(config);
      let added: UsbDevice;
      if (device.kind === 'host') {
        added = await hostDevice(config, device);
      } else {
        await access(device.path, constants.R_OK | (device.readOnly ? 0 : constants.W_OK)).catch(() => {
          throw fieldError(
            'INVALID_INPUT',
            ['device', 'path'],
            `${device.path} does not exist or cannot be ${device.readOnly ? 'read' : 'written'}`,
          );
        });
        const qemuImg = (await engine.capabilities()).qemuImg?.path;
        if (qemuImg)
          await requireDiskFree(device.path, otherConfigs(engine, instance), qemuImg, ['device', 'path']);
        added = { kind: 'storage', id: nextUsbId(config), path: device.path, readOnly: device.readOnly };
      }
      const address = device.kind === 'host' ? device : undefined;
      return change(
        instance,
        (current) => [...current.usb, added],
        (session) => plugUsb(session.qmp, added, address),
        `USB device attached: ${describeUsb(added)}`,
      );
    },
    'usb.detach': async ({ vm, id }) => {
      const instance = engine.find(vm);
      const device = instance.config?.usb.find((d) => d.id === id);
      if (!device) throw fieldError('INVALID_INPUT', ['id'], `"${instance.name}" has no USB device ${id}`);
      return change(
        instance,
        (current) => current.usb.filter((d) => d.id !== id),
        (session) => unplugUsb(session.qmp, instance, device),
        `USB device detached: ${describeUsb(device)}`,
      );
    },
  };
}
