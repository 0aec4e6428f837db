import { useId, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { ConfirmDialog } from '../../dialogs/ConfirmDialog';
import { CheckField } from './CheckField';
import { secureBootAllowed } from './draft-values';
import { FormIssue } from './FormIssue';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';
import { useLiveRequest } from './use-live-request';

interface FirmwareSectionProps extends SectionProps {
  uuid: string;
  /** The saved firmware: the UEFI variables that can be reset are those of the saved config. */
  savedFirmware: VmConfig['firmware'];
  /** The VM has a QEMU process (its UEFI variables are in use). */
  running: boolean;
}

/** The chipset; BIOS or UEFI firmware, Secure Boot and a TPM; resetting the UEFI variables. */
export function FirmwareSection(props: FirmwareSectionProps) {
  const { draft, update, errors, uuid, savedFirmware, running } = props;
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const reset = useLiveRequest();
  const secureBoot = secureBootAllowed(draft);
  const canReset = savedFirmware === 'uefi' && !running;

  const resetNvram = () => {
    setConfirming(false);
    setResetDone(false);
    void reset.run(
      () => client.invoke('vm.resetNvram', { vm: uuid }),
      () => setResetDone(true),
    );
  };

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
        choices={[
          { value: 'bios', label: t.hwFirmwareBios },
          { value: 'uefi', label: t.hwFirmwareUefi },
        ]}
        onChange={(firmware) => update((d) => ({ ...d, firmware }))}
        hint={draft.firmware === 'uefi' ? t.hwFirmwareUefiHint : t.hwFirmwareBiosHint}
        error={errors['firmware']}
      />
      <CheckField
        label={t.hwSecureBoot}
        // Kept as ticked while it cannot apply: choosing UEFI on q35 again restores it.
        checked={secureBoot && draft.secureBoot}
        disabled={!secureBoot}
        onChange={(checked) => update((d) => ({ ...d, secureBoot: checked }))}
        hint={secureBoot ? t.hwSecureBootHint : t.hwSecureBootNeeds}
        error={errors['secureBoot']}
      />
      <CheckField
        label={t.hwTpm}
        checked={draft.tpm}
        onChange={(tpm) => update((d) => ({ ...d, tpm }))}
        hint={t.hwTpmHint}
        error={errors['tpm']}
      />
      <section className="hw-block" aria-labelledby={headingId}>
        <h4 id={headingId} className="hw-subheading">
          {t.hwNvram}
        </h4>
        <p className="hw-note">
          {canReset ? t.hwNvramHint : running ? t.hwNvramStopFirst : t.hwNvramUefiOnly}
        </p>
        <div className="hw-actions">
          <button
            type="button"
            className="button button--danger"
            disabled={!canReset || reset.busy}
            onClick={() => setConfirming(true)}
          >
            {reset.busy ? t.hwNvramResetting : t.hwNvramReset}
          </button>
        </div>
        {resetDone && (
          <p className="hw-field__hint" role="status">
            {t.hwNvramResetDone}
          </p>
        )}
        <FormIssue message={reset.issues.map((issue) => issue.message).join('; ') || undefined} />
      </section>
      {confirming && (
        <ConfirmDialog
          title={t.hwNvramConfirmTitle}
          body={t.hwNvramConfirmBody}
          confirmLabel={t.hwNvramConfirm}
          onConfirm={resetNvram}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
