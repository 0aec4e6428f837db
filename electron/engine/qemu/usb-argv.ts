import type { UsbDevice } from '../../../shared/usb';
import type { VmConfig } from '../../../shared/vm-config';
import { json } from './qemu-opts';

/** The xHCI controller comes with the graphical console (for its tablet); USB devices need one too. */
export const hasUsbController = (config: VmConfig) => config.display.vnc || config.usb.length > 0;
export const USB_BUS = 'usb.0';

/** A VM's USB device as QMP device_add (and -device) takes it; storage also needs usbStorageNodes(). */
export function usbDeviceJson(device: UsbDevice): Record<string, unknown> & { driver: string; id: string } {
  return device.kind === 'host'
    ? {
        driver: 'usb-host',
        id: device.id,
        bus: USB_BUS,
        vendorid: Number.parseInt(device.vendorId, 16),
        productid: Number.parseInt(device.productId, 16),
      }
    : { driver: 'usb-storage', id: device.id, bus: USB_BUS, drive: device.id, removable: true };
}

export function usbStorageNodes(
  device: Extract<UsbDevice, { kind: 'storage' }>,
): Array<Record<string, unknown> & { driver: string; 'node-name': string }> {
  const file = {
    driver: 'file',
    'node-name': `${device.id}-file`,
    filename: device.path,
    'read-only': device.readOnly,
  };
  const format = {
    driver: 'raw',
    'node-name': device.id,
    file: `${device.id}-file`,
    'read-only': device.readOnly,
  };
  return [file, format];
}

/** The VM's kept USB devices (and an xHCI controller when the display brings none). */
export function usbDevices(config: VmConfig): string[] {
  if (config.usb.length === 0) return [];
  const args = config.display.vnc ? [] : ['-device', json({ driver: 'qemu-xhci', id: 'usb' })];
  for (const device of config.usb) {
    if (device.kind === 'storage')
      for (const node of usbStorageNodes(device)) args.push('-blockdev', json(node));
    args.push('-device', json(usbDeviceJson(device)));
  }
  return args;
}
