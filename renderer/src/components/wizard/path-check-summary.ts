import type { PathCheck } from '../../../../shared/host';
import { formatSize } from '../../../../shared/size';
import type { MessageKey } from '../../i18n/en';

/** What an ok path check says about the file, as a message key and its values. */
export function checkSummary(check: PathCheck): { key: MessageKey; values: Record<string, string> } {
  const size = check.sizeBytes === null ? '?' : formatSize(check.sizeBytes);
  if (check.volumeId !== null) return { key: 'wzCheckIso', values: { size, volumeId: check.volumeId } };
  if (check.format !== null && check.virtualSizeBytes !== null) {
    return {
      key: 'wzCheckDisk',
      values: { size, format: check.format, virtualSize: formatSize(check.virtualSizeBytes) },
    };
  }
  return { key: 'wzCheckFile', values: { size } };
}
