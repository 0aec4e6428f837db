import type { HostUsbDeviceInfo, UsbDevice } from '../../../../../shared/usb';

/** A host device's name: its own strings or usb.ids names, or undefined when it has neither. */
export function hostDeviceName(
  device: Pick<HostUsbDeviceInfo, 'vendorName' | 'productName'>,
): string | undefined {
  const name = [device.vendorName, device.productName].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

/** Whether the VM already keeps this host device (by vendor:product, as its config does). */
export function isAttached(
  device: Pick<HostUsbDeviceInfo, 'vendorId' | 'productId'>,
  usb: readonly UsbDevice[],
) {
  return usb.some(
    (d) => d.kind === 'host' && d.vendorId === device.vendorId && d.productId === device.productId,
  );
}

/** The last part of a USB stick's image path, for its name in the list. */
export function imageName(path: string): string {
  return path.replace(/\/+$/, '').split('/').at(-1) || path;
}
