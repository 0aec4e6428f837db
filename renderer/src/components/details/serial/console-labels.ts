import type { Messages } from '../../../i18n/en';
import { format } from '../../../i18n/format';

/** A console's tab label: serial0 → "Serial 0", console1 → "Console 1"; an unknown id as it is. */
export function consoleLabel(id: string, t: Pick<Messages, 'tmSerialN' | 'tmConsoleN'>): string {
  const match = /^(serial|console)(\d+)$/.exec(id);
  if (!match) return id;
  const [, kind, n = ''] = match;
  return format(kind === 'serial' ? t.tmSerialN : t.tmConsoleN, { n });
}
