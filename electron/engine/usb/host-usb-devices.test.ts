import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { listHostUsbDevices, parseUsbAddress } from './host-usb-devices';
import { usbAccessHint } from './usb-device-access';
import { SAMPLE_USB_IDS } from './usb-ids.fixture';

/** A fake /sys/bus/usb/devices, /dev/bus/usb, /etc/group and usb.ids in a temp folder. */
function fakeHost() {
  const root = mkdtempSync(join(tmpdir(), 'vireo-usb-'));
  const sysfsDevices = join(root, 'sys');
  const devBusUsb = join(root, 'dev');
  const usbIds = join(root, 'usb.ids');
  const groupFile = join(root, 'group');
  mkdirSync(sysfsDevices);
  writeFileSync(usbIds, SAMPLE_USB_IDS);
  writeFileSync(groupFile, `root:x:0:\nplugdev:x:46:alice\nvireo-test:x:${process.getgid?.() ?? 1000}:\n`);
  const device = (entry: string, attributes: Record<string, string>) => {
    mkdirSync(join(sysfsDevices, entry));
    for (const [name, value] of Object.entries(attributes))
      writeFileSync(join(sysfsDevices, entry, name), `${value}\n`);
  };
  const node = (bus: string, address: string) => {
    mkdirSync(join(devBusUsb, bus), { recursive: true });
    writeFileSync(join(devBusUsb, bus, address), '');
    return join(devBusUsb, bus, address);
  };
  const options = { sysfsDevices, devBusUsb, usbIdsPaths: [usbIds], groupFile };
  return { device, node, options };
}

describe('listHostUsbDevices', () => {
  it('lists devices with their names, leaving out root hubs and interfaces', async () => {
    const { device, node, options } = fakeHost();
    device('usb3', { busnum: '3', devnum: '1', idVendor: '1d6b', idProduct: '0002', speed: '480' });
    device('3-0:1.0', { bInterfaceClass: '09' });
    device('3-2', {
      busnum: '3',
      devnum: '7',
      idVendor: '046D',
      idProduct: 'c52b',
      manufacturer: 'Logitech',
      product: 'USB Receiver',
      serial: 'ABC123',
      speed: '12',
      bDeviceClass: '00',
    });
    device('1-1.4', { busnum: '1', devnum: '12', idVendor: '046d', idProduct: 'c077', speed: '1.5' });
    device('1-1', { busnum: '1', devnum: '2', idVendor: '0bda', idProduct: '5411', bDeviceClass: '09' });
    const receiver = node('003', '007');

    const devices = await listHostUsbDevices(options);

    expect(devices.map((d) => d.id)).toEqual(['1:2', '1:12', '3:7']);
    expect(devices[2]).toEqual({
      id: '3:7',
      bus: 3,
      address: 7,
      vendorId: '046d',
      productId: 'c52b',
      vendorName: 'Logitech',
      productName: 'USB Receiver',
      serial: 'ABC123',
      speedMbps: 12,
      deviceClass: 0,
      devicePath: receiver,
      accessible: true,
    });
    // No strings in sysfs: the usb.ids names.
    expect(devices[1]).toMatchObject({
      vendorName: 'Logitech, Inc.',
      productName: 'M105 Optical Mouse',
      speedMbps: 1.5,
      devicePath: join(options.devBusUsb, '001', '012'),
    });
    expect(devices[1]?.serial).toBeUndefined();
    // Unknown to usb.ids too.
    expect(devices[0]).toMatchObject({ vendorName: null, productName: null, deviceClass: 9 });
  });

  it('says how to get access to a device node that is missing or not writable', async () => {
    const { device, options } = fakeHost();
    device('2-1', { busnum: '2', devnum: '3', idVendor: '046d', idProduct: 'c52b' });

    const [missing] = await listHostUsbDevices(options);

    expect(missing?.accessible).toBe(false);
    expect(missing?.hint).toMatch(/002\/003 does not exist/);
  });

  // Root may open any node, whatever its mode.
  it.skipIf(process.getuid?.() === 0 || process.getgid?.() === 0)(
    'names the group that owns a group-writable node',
    async () => {
      const { device, node, options } = fakeHost();
      device('2-1', { busnum: '2', devnum: '3', idVendor: '046d', idProduct: 'c52b' });
      // Writable by its group (this process's), not by its owner (this process): no access.
      chmodSync(node('002', '003'), 0o060);

      const [locked] = await listHostUsbDevices(options);

      expect(locked?.accessible).toBe(false);
      expect(locked?.hint).toMatch(/usermod -aG vireo-test/);
      expect(locked?.hint).toMatch(/udev rule/);
    },
  );

  it('returns nothing when there is no USB in sysfs', async () => {
    const { options } = fakeHost();
    await expect(
      listHostUsbDevices({ ...options, sysfsDevices: join(options.sysfsDevices, 'absent') }),
    ).resolves.toEqual([]);
  });

  it("reads this host's sysfs", async () => {
    const devices = await listHostUsbDevices();
    expect(Array.isArray(devices)).toBe(true);
    for (const device of devices) expect(device.id).toBe(`${device.bus}:${device.address}`);
  });
});

describe('usbAccessHint', () => {
  const ids = { vendorId: '046d', productId: 'c52b' };

  it('suggests the owning group when it can write, and always a udev rule for this device', () => {
    const hint = usbAccessHint('/dev/bus/usb/003/007', ids, 'plugdev');
    expect(hint).toMatch(/usermod -aG plugdev/);
    expect(hint).toContain('ATTR{idVendor}=="046d", ATTR{idProduct}=="c52b", TAG+="uaccess"');
    expect(usbAccessHint('/dev/bus/usb/003/007', ids, undefined)).not.toMatch(/usermod/);
  });
});

describe('parseUsbAddress', () => {
  it('reads BUS:ADDRESS, with or without lsusb zero padding', () => {
    expect(parseUsbAddress('3:7')).toEqual({ bus: 3, address: 7 });
    expect(parseUsbAddress('003:007')).toEqual({ bus: 3, address: 7 });
  });

  it.each([
    ['', /not a USB address/],
    ['3', /not a USB address/],
    ['3:7:1', /not a USB address/],
    ['3-7', /not a USB address/],
    ['a:b', /not a USB address/],
    ['0:7', /bus 0 is out of range/],
    ['3:0', /address 0 is out of range/],
    ['3:128', /address 128 is out of range/],
  ])('rejects %j', (text, message) => {
    expect(() => parseUsbAddress(text)).toThrow(VireoError);
    expect(() => parseUsbAddress(text)).toThrow(message);
  });
});
