import { readFile } from 'node:fs/promises';

/** Vendor and product names by lowercase hex ID, from the usb.ids database. */
export type UsbIds = Map<string, { name: string; products: Map<string, string> }>;

export const USB_IDS_PATHS = [
  '/usr/share/misc/usb.ids',
  '/usr/share/hwdata/usb.ids',
  '/var/lib/usbutils/usb.ids',
];

const VENDOR_LINE = /^([0-9a-f]{4}) {2}(.+)$/;
const PRODUCT_LINE = /^\t([0-9a-f]{4}) {2}(.+)$/;

/**
 * The vendor section of usb.ids: "vvvv  Vendor" lines, each followed by "\tpppp  Product" lines
 * (and "\t\tiiii  Interface" lines, skipped). It ends at the first other section ("C 00  …").
 */
export function parseUsbIds(text: string): UsbIds {
  const ids: UsbIds = new Map();
  let vendor: { name: string; products: Map<string, string> } | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('\t\t')) continue;
    const product = PRODUCT_LINE.exec(trimmed);
    if (product) {
      if (vendor && product[1] && product[2]) vendor.products.set(product[1], product[2]);
      continue;
    }
    const vendorMatch = VENDOR_LINE.exec(trimmed);
    if (!vendorMatch?.[1] || !vendorMatch[2]) break;
    vendor = { name: vendorMatch[2], products: new Map() };
    ids.set(vendorMatch[1], vendor);
  }
  return ids;
}

const cache = new Map<string, Promise<UsbIds | undefined>>();

/** The first usb.ids file of `paths` that exists, parsed once per process; undefined when none does. */
export function loadUsbIds(paths: readonly string[] = USB_IDS_PATHS): Promise<UsbIds | undefined> {
  const key = paths.join('\0');
  let loading = cache.get(key);
  if (!loading) {
    loading = readFirst(paths).then((text) => (text === undefined ? undefined : parseUsbIds(text)));
    cache.set(key, loading);
  }
  return loading;
}

async function readFirst(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      // try the next one
    }
  }
  return undefined;
}
