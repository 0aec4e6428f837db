import type { PathCheck } from '../../../../../shared/host';
import { formatSize } from '../../../../../shared/size';

/** What a path check found, in a few words: "qcow2, 20 GiB" or "1.2 GiB, volume DEBIAN_12". */
export function pathDetails(check: PathCheck, volumeLabel: (id: string) => string): string {
  const parts: string[] = [];
  if (check.format) parts.push(check.format);
  const size = check.virtualSizeBytes ?? check.sizeBytes;
  if (size !== null) parts.push(formatSize(size));
  if (check.volumeId) parts.push(volumeLabel(check.volumeId));
  return parts.join(', ');
}
