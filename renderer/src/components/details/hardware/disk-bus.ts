import type { Messages } from '../../../i18n/en';
import type { Choice } from './SelectField';

export type DiskBus = 'virtio' | 'sata';

export function busChoices(t: Messages): Choice<DiskBus>[] {
  return [
    { value: 'virtio', label: t.hwBusVirtio },
    { value: 'sata', label: t.hwBusSata },
  ];
}
