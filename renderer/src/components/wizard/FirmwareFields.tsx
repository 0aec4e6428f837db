import { useMessages } from '../../i18n/use-messages';
import { CheckField } from './CheckField';
import { needsMet, needsText, type Firmware } from './firmware';
import { ProblemIcon } from './ProblemIcon';
import { SelectField } from './SelectField';
import type { Wizard } from './use-wizard';

/**
 * The resources step's Firmware block: BIOS or UEFI, Secure Boot (with UEFI), a TPM 2.0, and what
 * the chosen OS needs (the wizard proposed it; the user may change it).
 */
export function FirmwareFields({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const { draft, problems } = wizard;
  const needs = needsText(t, draft.os);
  const unmet = draft.os !== null && needs !== null && !needsMet(draft, draft.os.needs);

  return (
    <fieldset className="wizard__group form-grid__wide">
      <legend className="wizard__group-title">{t.wzFirmwareGroup}</legend>
      <div className="form-grid">
        {needs !== null && (
          <p className={`wizard__note form-grid__wide${unmet ? ' wizard__note--warning' : ''}`}>
            {unmet && <ProblemIcon severity="warning" />}
            <span>{unmet ? `${needs} ${t.wzFwNeedsUnmet}` : needs}</span>
          </p>
        )}
        <SelectField<Firmware>
          field="firmware"
          label={t.wzFirmware}
          value={draft.firmware}
          choices={[
            { value: 'bios', label: t.wzFirmwareBios },
            { value: 'uefi', label: t.wzFirmwareUefi },
          ]}
          onChange={wizard.setFirmware}
          problem={problems.firmware}
          hint={draft.firmware === 'uefi' ? t.wzFirmwareUefiHint : t.wzFirmwareBiosHint}
        />
        <div className="form-stack wizard__checks">
          {draft.firmware === 'uefi' && (
            <CheckField
              field="secureBoot"
              label={t.wzSecureBoot}
              checked={draft.secureBoot}
              onChange={wizard.setSecureBoot}
              problem={problems.secureBoot}
              hint={t.wzSecureBootHint}
            />
          )}
          <CheckField
            field="tpm"
            label={t.wzTpm}
            checked={draft.tpm}
            onChange={wizard.setTpm}
            problem={problems.tpm}
            hint={t.wzTpmHint}
          />
        </div>
      </div>
    </fieldset>
  );
}
