import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import { ConsoleTable } from './ConsoleTable';
import type { SectionProps } from './section-props';

/** The main serial console on or off, and the extra text consoles (serial ports, virtio consoles). */
export function SerialSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  return (
    <>
      <CheckField
        label={t.hwSerial}
        checked={draft.serial}
        onChange={(serial) => update((d) => ({ ...d, serial }))}
        hint={t.hwSerialHint}
        error={errors['serial']}
      />
      <ConsoleTable
        rows={draft.extraConsoles}
        mainSerial={draft.serial}
        errors={errors}
        onChange={(extraConsoles) => update((d) => ({ ...d, extraConsoles }))}
      />
    </>
  );
}
