import { format } from '../../../i18n/format';
import type { Messages } from '../../../i18n/en';

/** Keys pressed together, as QEMU qcodes for console.sendKeys. */
export type QCodes = readonly string[];

export const ctrlAltDel: QCodes = ['ctrl', 'alt', 'delete'];

export interface KeyCombo {
  id: string;
  label: string;
  keys: QCodes;
}

/** The Send key menu: the virtual terminals, X's zap, and PrintScreen. */
export function keyCombos(t: Messages): KeyCombo[] {
  const terminals = Array.from({ length: 12 }, (_, index) => ({
    id: `f${index + 1}`,
    label: format(t.cnKeyCtrlAltF, { n: index + 1 }),
    keys: ['ctrl', 'alt', `f${index + 1}`],
  }));
  return [
    ...terminals,
    { id: 'backspace', label: t.cnKeyCtrlAltBackspace, keys: ['ctrl', 'alt', 'backspace'] },
    { id: 'print', label: t.cnKeyPrintScreen, keys: ['print'] },
  ];
}
