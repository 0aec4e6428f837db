import { useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { CheckField } from './CheckField';
import { FormIssue } from './FormIssue';
import { shareTagProblem, suggestShareTag } from './shares';
import { TextField } from './TextField';
import { issueText, otherIssueText, useLiveRequest } from './use-live-request';
import { useProblemText } from './use-problem-text';
import { pathProblem } from './validate-draft';

interface AddShareFormProps {
  uuid: string;
  /** The tags of the VM's shares: a new one needs its own. */
  taken: readonly string[];
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
  onClose(): void;
}

const PATH_FIELDS = ['hostPath'];
const TAG_FIELDS = ['tag'];

/** A host folder (typed: it is the engine's host), its mount tag (named after it), read-only. */
export function AddShareForm({ uuid, taken, onSaved, onClose }: AddShareFormProps) {
  const t = useMessages();
  const text = useProblemText();
  const client = useAppStore((state) => state.client);
  const request = useLiveRequest();
  const [hostPath, setHostPath] = useState('');
  const [tag, setTag] = useState('');
  // The tag follows the folder's name until it is typed by hand.
  const [tagTyped, setTagTyped] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [touched, setTouched] = useState(false);
  const localPath = pathProblem(hostPath, true);
  const localTag = shareTagProblem(tag, taken);
  const pathError =
    (touched && localPath ? text(localPath) : undefined) ?? issueText(request.issues, PATH_FIELDS);
  const tagError = (touched || tagTyped) && localTag ? text(localTag) : issueText(request.issues, TAG_FIELDS);

  const add = async () => {
    setTouched(true);
    if (localPath || localTag) return;
    const share = { tag, hostPath, readOnly };
    const done = await request.run(() => client.invoke('share.add', { vm: uuid, share }), onSaved);
    if (done) onClose();
  };

  return (
    <div className="hw-subform">
      <TextField
        label={t.hwShareHostPath}
        value={hostPath}
        onChange={(value) => {
          setHostPath(value);
          if (!tagTyped) setTag(value === '' ? '' : suggestShareTag(value, taken));
          request.clear();
        }}
        hint={t.hwShareHostPathHint}
        error={pathError}
        size="wide"
        mono
        spellCheck={false}
      />
      <TextField
        label={t.hwShareTag}
        value={tag}
        onChange={(value) => {
          setTag(value);
          setTagTyped(true);
          request.clear();
        }}
        hint={t.hwShareTagHint}
        error={tagError}
        mono
        spellCheck={false}
      />
      <CheckField
        label={t.hwShareReadOnlyCheck}
        checked={readOnly}
        onChange={setReadOnly}
        hint={t.hwShareReadOnlyHint}
      />
      <FormIssue message={otherIssueText(request.issues, [...PATH_FIELDS, ...TAG_FIELDS])} />
      <div className="hw-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy}
          onClick={() => void add()}
        >
          {request.busy ? t.hwAdding : t.hwShareAddConfirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.hwCancel}
        </button>
      </div>
    </div>
  );
}
