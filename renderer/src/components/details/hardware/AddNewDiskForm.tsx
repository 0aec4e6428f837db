import { useState } from 'react';
import { formatSize } from '../../../../../shared/size';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { busChoices, type DiskBus } from './disk-bus';
import { newDiskSizeBytes, sataProblemWith, type DiskFormContext } from './disk-form-checks';
import { FormIssue } from './FormIssue';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useDiskRequest } from './use-disk-request';
import { useProblemText } from './use-problem-text';

/** Size in GiB and bus of a new qcow2 image, created by the engine in the VM's folder. */
export function AddNewDiskForm({ uuid, draft, freeDiskBytes, onSaved, onClose }: DiskFormContext) {
  const t = useMessages();
  const text = useProblemText();
  const client = useAppStore((state) => state.client);
  const [size, setSize] = useState('20');
  const [bus, setBus] = useState<DiskBus>('virtio');
  const request = useDiskRequest(uuid, onSaved);
  const sizeBytes = newDiskSizeBytes(size);
  const busProblem = sataProblemWith(draft, bus);
  const sizeError = sizeBytes === undefined ? t.hwErrorSize : request.issues['sizeBytes'];

  const add = async () => {
    if (sizeBytes === undefined || busProblem) return;
    const done = await request.run(() =>
      client.invoke('vm.addDisk', { vm: uuid, disk: { kind: 'new', sizeBytes, bus } }),
    );
    if (done) onClose();
  };

  return (
    <div className="hw-subform">
      <div className="hw-row">
        <TextField
          label={t.hwNewDiskSize}
          value={size}
          onChange={setSize}
          inputMode="decimal"
          size="small"
          error={sizeError}
          hint={
            freeDiskBytes === null ? undefined : format(t.hwFreeSpace, { free: formatSize(freeDiskBytes) })
          }
        />
        <SelectField<DiskBus>
          label={t.hwDiskBus}
          value={bus}
          choices={busChoices(t)}
          onChange={setBus}
          error={busProblem ? text(busProblem) : request.issues['bus']}
        />
      </div>
      <FormIssue message={request.issues[''] ?? request.issues['disk']} />
      <div className="hw-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy || sizeBytes === undefined || busProblem !== undefined}
          onClick={() => void add()}
        >
          {request.busy ? t.hwAdding : t.hwAdd}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.hwCancel}
        </button>
      </div>
    </div>
  );
}
