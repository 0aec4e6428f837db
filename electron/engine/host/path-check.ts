import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import type { FilePurpose, PathCheck } from '../../../shared/host';
import { readIsoVolumeId } from '../osinfo/iso-volume-id';
import { imageInfo } from '../qemu/qemu-img';

const nothingFound = { sizeBytes: null, format: null, virtualSizeBytes: null, volumeId: null };

/**
 * Looks at a path the user typed (web mode) or picked: does it exist, can QEMU read it, and what
 * is it — an ISO's volume ID, a disk image's format and virtual size.
 */
export async function checkPath(
  input: string,
  purpose: FilePurpose,
  qemuImg: string | undefined,
): Promise<PathCheck> {
  const refuse = (path: string, problem: string): PathCheck => ({
    path,
    ok: false,
    problem,
    ...nothingFound,
  });
  if (!isAbsolute(input)) return refuse(input, 'the path must be absolute (start with /)');
  const path = normalize(input);
  let info;
  try {
    info = await stat(path);
    await access(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(path, code === 'ENOENT' ? 'no such file' : 'the file is not readable');
  }
  if (!info.isFile() && !info.isBlockDevice()) return refuse(path, 'this is not a file');
  const found: PathCheck = { path, ok: true, problem: null, ...nothingFound, sizeBytes: info.size };
  if (purpose === 'iso') {
    const volumeId = await readIsoVolumeId(path).catch(() => null);
    if (volumeId === null) return { ...found, ok: false, problem: 'this is not an ISO 9660 image' };
    return { ...found, volumeId };
  }
  if (purpose === 'disk' && qemuImg) {
    try {
      const image = await imageInfo(qemuImg, path);
      return { ...found, format: image.format, virtualSizeBytes: image.virtualSize };
    } catch (error) {
      return { ...found, ok: false, problem: (error as Error).message };
    }
  }
  return found;
}
