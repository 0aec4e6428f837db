import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import type { SectionProps } from './section-props';

/** The serial console on or off. */
export function SerialSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  return (
    <CheckField
      label={t.hwSerial}
      checked={draft.serial}
      onChange={(serial) => update((d) => ({ ...d, serial }))}
      hint={t.hwSerialHint}
      error={errors['serial']}
    />
  );
}
