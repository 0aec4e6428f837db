import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUsbIds, parseUsbIds, USB_IDS_PATHS } from './usb-ids';
import { SAMPLE_USB_IDS } from './usb-ids.fixture';

describe('parseUsbIds', () => {
  it('reads vendors and their products, skipping interfaces and stopping at the class section', () => {
    const ids = parseUsbIds(SAMPLE_USB_IDS);
    expect([...ids.keys()]).toEqual(['046d', '1d6b']);
    expect(ids.get('046d')?.name).toBe('Logitech, Inc.');
    expect(Object.fromEntries(ids.get('046d')?.products ?? [])).toEqual({
      c52b: 'Unifying Receiver',
      c077: 'M105 Optical Mouse',
    });
  });

  it('takes CRLF line ends and an empty file', () => {
    expect(parseUsbIds('abcd  Vendor\r\n\t0001  Thing\r\n').get('abcd')?.products.get('0001')).toBe('Thing');
    expect(parseUsbIds('').size).toBe(0);
  });
});

describe('loadUsbIds', () => {
  it('reads the first file that exists, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vireo-usb-ids-'));
    const file = join(dir, 'usb.ids');
    writeFileSync(file, SAMPLE_USB_IDS);
    const paths = [join(dir, 'absent.ids'), file];

    const first = await loadUsbIds(paths);
    writeFileSync(file, '');
    expect(first?.get('046d')?.products.get('c52b')).toBe('Unifying Receiver');
    expect(await loadUsbIds(paths)).toBe(first);
    expect(await loadUsbIds([join(dir, 'none.ids')])).toBeUndefined();
  });

  // Only where the usb.ids package is installed (CI installs it); the fixture above runs everywhere.
  it.skipIf(!USB_IDS_PATHS.some((path) => existsSync(path)))("reads this host's usb.ids", async () => {
    const ids = await loadUsbIds();
    expect(ids?.get('1d6b')?.name).toBe('Linux Foundation');
    expect(ids?.get('1d6b')?.products.get('0002')).toBe('2.0 root hub');
  });
});
