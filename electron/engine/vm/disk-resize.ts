import { fieldError, VireoError } from '../../../shared/errors';
import type { DiskConfig } from '../../../shared/vm-config';
import { formatSize } from '../../../shared/size';
import { imageInfo, resizeImage } from '../qemu/qemu-img';
import type { QemuSession } from './qemu-session';

/**
 * Grows a disk: through QMP while QEMU has it open (the guest sees the new size at once), else
 * with qemu-img. Shrinking is refused: it would cut off whatever the guest keeps at the end.
 */
export async function resizeDisk(
  disk: DiskConfig,
  sizeBytes: number,
  qemuImg: string,
  session: QemuSession | undefined,
): Promise<void> {
  if (disk.readOnly) throw new VireoError('INVALID_STATE', `“${disk.id}” is read-only`);
  const { virtualSize } = await imageInfo(qemuImg, disk.path);
  if (sizeBytes < virtualSize)
    throw fieldError(
      'INVALID_INPUT',
      ['sizeBytes'],
      `“${disk.id}” is ${formatSize(virtualSize)}: shrinking ${disk.format === 'qcow2' ? 'a qcow2 image' : 'a disk'} ` +
        'would cut off whatever the guest keeps at its end, so Vireo only grows disks (shrink the file system in the guest, then copy it to a smaller disk)',
    );
  if (sizeBytes === virtualSize)
    throw fieldError('INVALID_INPUT', ['sizeBytes'], `“${disk.id}” is already ${formatSize(virtualSize)}`);
  if (session) await session.qmp.execute('block_resize', { 'node-name': disk.id, size: sizeBytes });
  else await resizeImage(qemuImg, disk.path, disk.format, sizeBytes);
}
