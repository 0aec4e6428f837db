import { describe, expect, it } from 'vitest';
import type { UsbDevice } from '../../../../../shared/usb';
import { hostDeviceName, imageName, isAttached } from './usb-devices';

describe('USB device helpers', () => {
  it('names a host device by its vendor and product, when known', () => {
    expect(hostDeviceName({ vendorName: 'Logitech, Inc.', productName: 'Unifying Receiver' })).toBe(
      'Logitech, Inc. Unifying Receiver',
    );
    expect(hostDeviceName({ vendorName: null, productName: 'Stick' })).toBe('Stick');
    expect(hostDeviceName({ vendorName: null, productName: null })).toBeUndefined();
  });

  it('knows a host device the VM keeps by vendor:product, not a USB stick', () => {
    const usb: UsbDevice[] = [
      { kind: 'host', id: 'usb0', vendorId: '046d', productId: 'c52b', label: '' },
      { kind: 'storage', id: 'usb1', path: '/img/stick.raw', readOnly: false },
    ];
    expect(isAttached({ vendorId: '046d', productId: 'c52b' }, usb)).toBe(true);
    expect(isAttached({ vendorId: '046d', productId: 'c52c' }, usb)).toBe(false);
  });

  it('names an image by its file', () => {
    expect(imageName('/img/stick.raw')).toBe('stick.raw');
    expect(imageName('/')).toBe('/');
  });
});
