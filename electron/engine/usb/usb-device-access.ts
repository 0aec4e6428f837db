import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';

export interface UsbDeviceAccess {
  accessible: boolean;
  /** How to grant access, when it is not. */
  hint?: string;
}

interface DeviceIds {
  vendorId: string;
  productId: string;
}

/** Whether this process may open a USB device node for reading and writing (as QEMU must). */
export async function usbDeviceAccess(
  devicePath: string,
  ids: DeviceIds,
  groupFile = '/etc/group',
): Promise<UsbDeviceAccess> {
  try {
    await access(devicePath, constants.R_OK | constants.W_OK);
    return { accessible: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        accessible: false,
        hint: `${devicePath} does not exist: USB pass-through needs /dev/bus/usb (udev, or passed into a container)`,
      };
    }
  }
  const node = await stat(devicePath).catch(() => undefined);
  const groupWritable = node !== undefined && node.gid !== 0 && (node.mode & 0o060) === 0o060;
  const group = groupWritable ? ((await groupName(node.gid, groupFile)) ?? String(node.gid)) : undefined;
  return { accessible: false, hint: usbAccessHint(devicePath, ids, group) };
}

/**
 * Joining the group that owns the node works when it is group-writable; otherwise a udev rule.
 * TAG+="uaccess" gives the logged-in desktop user an ACL on the node; the rule file must sort
 * before systemd's 73-seat-late.rules, which applies the tag.
 */
export function usbAccessHint(devicePath: string, ids: DeviceIds, group: string | undefined): string {
  const rule = `SUBSYSTEM=="usb", ATTR{idVendor}=="${ids.vendorId}", ATTR{idProduct}=="${ids.productId}", TAG+="uaccess"`;
  const udev =
    `add a udev rule: echo '${rule}' | sudo tee /etc/udev/rules.d/70-vireo-usb.rules, ` +
    'then sudo udevadm control --reload && sudo udevadm trigger (or replug the device)';
  const byGroup = group
    ? `add yourself to the "${group}" group (sudo usermod -aG ${group} $USER) and log in again, or `
    : '';
  return `${devicePath} is not readable and writable by you: ${byGroup}${udev}`;
}

async function groupName(gid: number, groupFile: string): Promise<string | undefined> {
  const text = await readFile(groupFile, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (name && id === String(gid)) return name;
  }
  return undefined;
}
