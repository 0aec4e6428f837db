import type { Share, VmConfig } from '../../../shared/vm-config';
import type { LaunchContext } from './argv';
import { json, optValue, opts } from './qemu-opts';

/** Each shared folder: over virtiofs when its virtiofsd serves it, else over 9p. */
export function sharedFolders(config: VmConfig, context: LaunchContext): string[] {
  return config.shares.flatMap((share, index) =>
    context.virtiofsTags?.includes(share.tag)
      ? virtiofsShare(share, context.paths.virtiofsSocket(index))
      : sharedFolder(share),
  );
}

/** A shared folder served by its virtiofsd (faster than 9p, and POSIX-complete). */
function virtiofsShare(share: Share, socket: string): string[] {
  const chardev = `vfs-${share.tag}`;
  return [
    '-chardev',
    `socket,id=${chardev},path=${optValue(socket)}`,
    '-device',
    json({ driver: 'vhost-user-fs-pci', id: `share-${share.tag}`, chardev, tag: share.tag }),
  ];
}

/**
 * A shared folder over 9p. mapped-xattr keeps the guest's owners and modes in extended attributes,
 * so the files stay the user's own on the host and QEMU needs no privileges.
 */
function sharedFolder(share: Share): string[] {
  const id = `fs-${share.tag}`;
  return [
    '-fsdev',
    `local,${opts([
      ['id', id],
      ['path', share.hostPath],
      ['security_model', 'mapped-xattr'],
      ...(share.readOnly ? ([['readonly', true]] as Array<[string, boolean]>) : []),
    ])}`,
    '-device',
    json({ driver: 'virtio-9p-pci', id: `share-${share.tag}`, fsdev: id, mount_tag: share.tag }),
  ];
}
