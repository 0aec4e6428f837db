import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VireoError } from '../../../shared/errors';
import { usbDeviceAccess } from './usb-device-access';
import { loadUsbIds, USB_IDS_PATHS } from './usb-ids';

export interface UsbAddress {
  bus: number;
  address: number;
}

export interface HostUsbDevice extends UsbAddress {
  /** "BUS:ADDRESS", as parseUsbAddress reads it. */
  id: string;
  /** Four lowercase hex digits. */
  vendorId: string;
  productId: string;
  /** The device's own strings, else the usb.ids names, else null. */
  vendorName: string | null;
  productName: string | null;
  serial?: string;
  speedMbps?: number;
  /** bDeviceClass (0x09 is a hub; 0x00 means "see each interface"). */
  deviceClass?: number;
  devicePath: string;
  accessible: boolean;
  hint?: string;
}

export interface HostUsbOptions {
  sysfsDevices?: string;
  devBusUsb?: string;
  usbIdsPaths?: readonly string[];
  groupFile?: string;
}

/** The Linux Foundation's vendor ID, which the kernel gives its root hubs. */
const ROOT_HUB_VENDOR = '1d6b';
const HEX_ID = /^[0-9a-f]{4}$/;

/**
 * The USB devices plugged into this host, by bus and address, from sysfs: root hubs and
 * interfaces (entries like "1-0:1.0", which have no bus number) are left out.
 */
export async function listHostUsbDevices(options: HostUsbOptions = {}): Promise<HostUsbDevice[]> {
  const sysfsDevices = options.sysfsDevices ?? '/sys/bus/usb/devices';
  const devBusUsb = options.devBusUsb ?? '/dev/bus/usb';
  const entries = await readdir(sysfsDevices).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new VireoError('IO_ERROR', `cannot list ${sysfsDevices}: ${error.message}`);
  });

  const devices: HostUsbDevice[] = [];
  for (const entry of entries) {
    const attribute = (name: string) => readAttribute(join(sysfsDevices, entry, name));
    const [busnum, devnum, idVendor, idProduct] = await Promise.all(
      ['busnum', 'devnum', 'idVendor', 'idProduct'].map(attribute),
    );
    const vendorId = idVendor?.toLowerCase();
    const productId = idProduct?.toLowerCase();
    const bus = Number(busnum);
    const address = Number(devnum);
    if (!vendorId || !productId || !HEX_ID.test(vendorId) || !HEX_ID.test(productId)) continue;
    if (vendorId === ROOT_HUB_VENDOR || !Number.isInteger(bus) || !Number.isInteger(address)) continue;

    const [manufacturer, product, serial, speed, deviceClass] = await Promise.all(
      ['manufacturer', 'product', 'serial', 'speed', 'bDeviceClass'].map(attribute),
    );
    const devicePath = join(devBusUsb, pad3(bus), pad3(address));
    const speedMbps = speed === undefined ? NaN : Number.parseFloat(speed);
    const classCode = deviceClass === undefined ? NaN : Number.parseInt(deviceClass, 16);
    const names = await deviceNames(vendorId, productId, manufacturer, product, options.usbIdsPaths);
    devices.push({
      id: `${bus}:${address}`,
      bus,
      address,
      vendorId,
      productId,
      ...names,
      ...(serial ? { serial } : {}),
      ...(Number.isFinite(speedMbps) ? { speedMbps } : {}),
      ...(Number.isFinite(classCode) ? { deviceClass: classCode } : {}),
      devicePath,
      ...(await usbDeviceAccess(devicePath, { vendorId, productId }, options.groupFile)),
    });
  }
  return devices.sort((a, b) => a.bus - b.bus || a.address - b.address);
}

/** "3:7" (lsusb's "Bus 003 Device 007" is "3:7" or "003:007") → { bus: 3, address: 7 }. */
export function parseUsbAddress(text: string): UsbAddress {
  const match = /^\s*(\d{1,3}):(\d{1,3})\s*$/.exec(text);
  if (!match) {
    throw new VireoError(
      'INVALID_INPUT',
      `"${text}" is not a USB address: expected BUS:ADDRESS, such as 3:7`,
    );
  }
  const bus = Number(match[1]);
  const address = Number(match[2]);
  if (bus < 1 || bus > 255) throw new VireoError('INVALID_INPUT', `USB bus ${bus} is out of range (1–255)`);
  if (address < 1 || address > 127) {
    throw new VireoError('INVALID_INPUT', `USB address ${address} is out of range (1–127)`);
  }
  return { bus, address };
}

async function deviceNames(
  vendorId: string,
  productId: string,
  manufacturer: string | undefined,
  product: string | undefined,
  usbIdsPaths: readonly string[] = USB_IDS_PATHS,
): Promise<{ vendorName: string | null; productName: string | null }> {
  if (manufacturer && product) return { vendorName: manufacturer, productName: product };
  const vendor = (await loadUsbIds(usbIdsPaths))?.get(vendorId);
  return {
    vendorName: manufacturer || vendor?.name || null,
    productName: product || vendor?.products.get(productId) || null,
  };
}

async function readAttribute(path: string): Promise<string | undefined> {
  try {
    const value = (await readFile(path, 'utf8')).trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}
