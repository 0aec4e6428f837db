import { VCPUS_MAX } from '../../../../shared/vm-config';
import { formatSize } from '../../../../shared/size';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { FirmwareFields } from './FirmwareFields';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { Wizard } from './use-wizard';
import { createsNewDisk } from './wizard-draft';

/** Step 3: name, memory, CPUs, disk size (a new disk only), network and firmware. */
export function ResourcesStep({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const { draft, problems, host, checks } = wizard;
  const imported = checks.diskPath.status === 'checked' ? checks.diskPath.check.virtualSizeBytes : null;

  return (
    <div className="form-grid">
      <TextField
        className="form-grid__wide"
        field="name"
        label={t.wzName}
        value={wizard.name}
        onChange={(value) => wizard.setText('name', value)}
        problem={problems.name}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        field="memoryMiB"
        label={t.wzMemory}
        type="number"
        inputMode="numeric"
        min={16}
        step={256}
        value={draft.memoryMiB}
        onChange={(value) => wizard.setText('memoryMiB', value)}
        problem={problems.memoryMiB}
        hint={host ? format(t.wzMemoryHint, { total: host.totalMemoryMiB }) : undefined}
      />
      <TextField
        field="cpus"
        label={t.wzCpus}
        type="number"
        inputMode="numeric"
        min={1}
        max={VCPUS_MAX}
        value={draft.cpus}
        onChange={(value) => wizard.setText('cpus', value)}
        problem={problems.cpus}
        hint={format(t.wzCpusHint, { max: VCPUS_MAX })}
      />
      {createsNewDisk(draft.source) ? (
        <TextField
          field="diskGiB"
          label={t.wzDiskSize}
          type="number"
          inputMode="decimal"
          min={1}
          step="any"
          value={draft.diskGiB}
          onChange={(value) => wizard.setText('diskGiB', value)}
          problem={problems.diskGiB}
          hint={
            draft.source === 'cloud'
              ? t.wzDiskHintCloud
              : host && host.freeDiskBytes !== null
                ? format(t.wzDiskHint, { free: formatSize(host.freeDiskBytes) })
                : t.wzDiskHintNoFree
          }
        />
      ) : null}
      <SelectField
        field="network"
        label={t.wzNetwork}
        value={draft.network}
        choices={[
          { value: 'user', label: t.wzNetworkUser },
          { value: 'none', label: t.wzNetworkNone },
        ]}
        onChange={wizard.setNetwork}
        problem={problems.network}
        hint={draft.network === 'user' ? t.wzNetworkHint : undefined}
      />
      {!createsNewDisk(draft.source) && (
        <p className="wizard__note form-grid__wide">
          {imported === null ? t.wzImportNoteUnknown : format(t.wzImportNote, { size: formatSize(imported) })}
        </p>
      )}
      <FirmwareFields wizard={wizard} />
    </div>
  );
}
