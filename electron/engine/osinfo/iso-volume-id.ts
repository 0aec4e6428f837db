import { open } from 'node:fs/promises';

const SECTOR = 2048;
const PRIMARY_VOLUME_DESCRIPTOR = 16 * SECTOR;

/**
 * The volume ID of an ISO 9660 image (the primary volume descriptor at sector 16: type 1,
 * "CD001", then the 32-byte volume identifier at offset 40), or null when it is not one.
 */
export async function readIsoVolumeId(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const descriptor = Buffer.alloc(SECTOR);
    const { bytesRead } = await handle.read(descriptor, 0, SECTOR, PRIMARY_VOLUME_DESCRIPTOR);
    if (bytesRead < 72 || descriptor[0] !== 1 || descriptor.toString('latin1', 1, 6) !== 'CD001') return null;
    const id = descriptor.toString('latin1', 40, 72).trim();
    return id.length > 0 ? id : null;
  } finally {
    await handle.close();
  }
}
