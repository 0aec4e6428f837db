import { z } from 'zod';

const hex4 = z.string().regex(/^[0-9a-f]{4}$/, 'a USB id is four lowercase hex digits');

/** A USB device the VM keeps: a host device (by vendor:product, which survives replugging) or a file as a USB stick. */
export const usbDeviceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('host'),
    id: z.string().regex(/^usb[0-9]{1,2}$/),
    vendorId: hex4,
    productId: hex4,
    /** What it was called when attached, for the UI. */
    label: z.string().max(200).default(''),
  }),
  z.object({
    kind: z.literal('storage'),
    id: z.string().regex(/^usb[0-9]{1,2}$/),
    path: z
      .string()
      .refine((p) => p.startsWith('/'), { message: 'the USB storage image path must be absolute' }),
    readOnly: z.boolean().default(false),
  }),
]);
export type UsbDevice = z.infer<typeof usbDeviceSchema>;

/** A USB device plugged into the host, as /sys/bus/usb/devices shows it. */
export const hostUsbDeviceSchema = z.object({
  id: z.string(),
  bus: z.number().int(),
  address: z.number().int(),
  vendorId: z.string(),
  productId: z.string(),
  vendorName: z.string().nullable(),
  productName: z.string().nullable(),
  serial: z.string().optional(),
  speedMbps: z.number().optional(),
  devicePath: z.string(),
  /** Whether this user may open the device node (QEMU runs as this user). */
  accessible: z.boolean(),
  hint: z.string().optional(),
});
export type HostUsbDeviceInfo = z.infer<typeof hostUsbDeviceSchema>;

/** What to attach: a host device by its current bus:address, or an image file as a USB stick. */
export const usbAttachSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('host'),
    bus: z.number().int().min(1).max(255),
    address: z.number().int().min(1).max(127),
  }),
  z.object({
    kind: z.literal('storage'),
    path: z.string().refine((p) => p.startsWith('/'), { message: 'must be an absolute path' }),
    readOnly: z.boolean().default(false),
  }),
]);
