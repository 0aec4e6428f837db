import { useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { CheckField } from './CheckField';
import { busChoices, type DiskBus } from './disk-bus';
import { sataProblemWith, type DiskFormContext } from './disk-form-checks';
import { FormIssue } from './FormIssue';
import { PathField } from './PathField';
import { SelectField } from './SelectField';
import { useDiskRequest } from './use-disk-request';
import { useProblemText } from './use-problem-text';
import { pathProblem } from './validate-draft';

/** An existing qcow2 or raw image, attached where it is (Vireo never deletes it). */
export function AddExistingDiskForm({ uuid, draft, nativePicker, onSaved, onClose }: DiskFormContext) {
  const t = useMessages();
  const text = useProblemText();
  const client = useAppStore((state) => state.client);
  const [path, setPath] = useState('');
  const [bus, setBus] = useState<DiskBus>('virtio');
  const [readOnly, setReadOnly] = useState(false);
  const [touched, setTouched] = useState(false);
  const request = useDiskRequest(uuid, onSaved);
  const localPathProblem = pathProblem(path, true);
  const busProblem = sataProblemWith(draft, bus);
  const pathError =
    (touched && localPathProblem ? text(localPathProblem) : undefined) ?? request.issues['path'];

  const add = async () => {
    setTouched(true);
    if (localPathProblem || busProblem) return;
    const done = await request.run(() =>
      client.invoke('vm.addDisk', { vm: uuid, disk: { kind: 'existing', path, bus, readOnly } }),
    );
    if (done) onClose();
  };

  return (
    <div className="hw-subform">
      <PathField
        label={t.hwDiskImage}
        value={path}
        onChange={(value) => {
          setPath(value);
          setTouched(value !== '');
          request.clearIssues();
        }}
        purpose="disk"
        nativePicker={nativePicker}
        error={pathError}
      />
      <div className="hw-row hw-row--controls">
        <SelectField<DiskBus>
          label={t.hwDiskBus}
          value={bus}
          choices={busChoices(t)}
          onChange={setBus}
          error={busProblem ? text(busProblem) : request.issues['bus']}
        />
        <CheckField label={t.hwDiskReadOnly} checked={readOnly} onChange={setReadOnly} />
      </div>
      <FormIssue message={request.issues[''] ?? request.issues['disk']} />
      <div className="hw-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy || busProblem !== undefined}
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
