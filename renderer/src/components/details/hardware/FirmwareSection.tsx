import type { VmConfig } from '../../../../../shared/vm-config';
import { useMessages } from '../../../i18n/use-messages';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

/** The chipset, and the firmware: BIOS only for now (UEFI comes later; it is not offered). */
export function FirmwareSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  return (
    <>
      <SelectField<VmConfig['machine']>
        label={t.hwChipset}
        value={draft.machine}
        choices={[
          { value: 'q35', label: t.hwChipsetQ35 },
          { value: 'pc', label: t.hwChipsetPc },
        ]}
        onChange={(machine) => update((d) => ({ ...d, machine }))}
        error={errors['machine']}
      />
      <SelectField<VmConfig['firmware']>
        label={t.hwFirmware}
        value={draft.firmware}
        choices={[{ value: 'bios', label: t.hwFirmwareBios }]}
        onChange={(firmware) => update((d) => ({ ...d, firmware }))}
        hint={t.hwFirmwareUefiLater}
        error={errors['firmware']}
      />
    </>
  );
}
