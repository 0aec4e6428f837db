import { VireoError } from '../../../shared/errors';
import type { UsbDevice } from '../../../shared/usb';
import type { VmConfig } from '../../../shared/vm-config';
import { hasUsbController, USB_BUS, usbDeviceJson, usbStorageNodes } from '../qemu/usb-argv';
import type { QmpClient } from '../qmp/qmp-client';
import type { UsbAddress } from '../usb/host-usb-devices';
import { deviceDeleted, type QmpEvents } from './cpu-memory-hotplug';

type Qmp = Pick<QmpClient, 'execute'>;

/** The next free id for a VM's USB device: usb0, usb1, … */
export function nextUsbId(config: VmConfig): string {
  const taken = new Set(config.usb.map((d) => d.id));
  let n = 0;
  while (taken.has(`usb${n}`)) n++;
  return `usb${n}`;
}

export function requireUsbController(config: VmConfig): void {
  if (!hasUsbController(config))
    throw new VireoError(
      'INVALID_STATE',
      'this VM has no USB controller (it has no graphical console): attach USB devices while it is stopped',
    );
}

/**
 * Plugs a USB device into a running VM. A host device goes in by its current bus and address (the
 * config keeps vendor:product, which survives replugging); storage gets its block nodes first.
 */
export async function plugUsb(qmp: Qmp, device: UsbDevice, hostAddress?: UsbAddress): Promise<void> {
  if (device.kind === 'host') {
    const where = hostAddress
      ? { hostbus: hostAddress.bus, hostaddr: hostAddress.address }
      : { vendorid: Number.parseInt(device.vendorId, 16), productid: Number.parseInt(device.productId, 16) };
    await qmp.execute('device_add', { driver: 'usb-host', id: device.id, bus: USB_BUS, ...where });
    return;
  }
  const [file, format] = usbStorageNodes(device);
  await qmp.execute('blockdev-add', file);
  try {
    await qmp.execute('blockdev-add', format);
    try {
      await qmp.execute('device_add', usbDeviceJson(device));
    } catch (error) {
      await qmp.execute('blockdev-del', { 'node-name': device.id }).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    await qmp.execute('blockdev-del', { 'node-name': `${device.id}-file` }).catch(() => undefined);
    throw error;
  }
}

/** Unplugs a USB device (no guest cooperation needed) and drops a storage device's nodes. */
export async function unplugUsb(
  qmp: Qmp,
  events: QmpEvents,
  device: UsbDevice,
  timeoutMs = 10_000,
): Promise<void> {
  const gone = deviceDeleted(events, device.id, timeoutMs);
  await qmp.execute('device_del', { id: device.id });
  if (!(await gone)) throw new VireoError('TIMEOUT', `QEMU did not remove USB device ${device.id}`);
  if (device.kind === 'storage') {
    await qmp.execute('blockdev-del', { 'node-name': device.id });
    await qmp.execute('blockdev-del', { 'node-name': `${device.id}-file` });
  }
}
