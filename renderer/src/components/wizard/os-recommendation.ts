import type { OsEntry } from '../../../../shared/os-info';
import { formatSize } from '../../../../shared/size';
import type { Messages } from '../../i18n/en';
import { format } from '../../i18n/format';

/** "Recommended: 2 GiB memory, 2 CPUs, 20 GiB disk" for what osinfo knows, or null when nothing. */
export function recommendationText(t: Messages, os: OsEntry): string | null {
  const { memoryMiB, vcpus, diskBytes } = os.recommended;
  const parts = [
    memoryMiB === null ? null : format(t.wzOsRecMemory, { value: formatSize(memoryMiB * 2 ** 20) }),
    vcpus === null ? null : format(t.wzOsRecCpus, { value: vcpus }),
    diskBytes === null ? null : format(t.wzOsRecDisk, { value: formatSize(diskBytes) }),
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : format(t.wzOsRecommended, { values: parts.join(t.wzListSeparator) });
}
