import { useId, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { CheckField } from './CheckField';
import { FormIssue } from './FormIssue';
import { PathField } from './PathField';
import { issueText, otherIssueText, useLiveRequest } from './use-live-request';
import { useProblemText } from './use-problem-text';
import { pathProblem } from './validate-draft';

interface UsbStickFormProps {
  uuid: string;
  nativePicker: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

const PATH_FIELDS = ['path'];

/** An image file (raw or qcow2) attached as a USB stick, writable or read-only. */
export function UsbStickForm({ uuid, nativePicker, onSaved }: UsbStickFormProps) {
  const t = useMessages();
  const text = useProblemText();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const request = useLiveRequest();
  const [path, setPath] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const [touched, setTouched] = useState(false);
  const local = pathProblem(path, true);
  const pathError = (touched && local ? text(local) : undefined) ?? issueText(request.issues, PATH_FIELDS);

  const attach = async () => {
    setTouched(true);
    if (local) return;
    const device = { kind: 'storage' as const, path, readOnly };
    const done = await request.run(() => client.invoke('usb.attach', { vm: uuid, device }), onSaved);
    if (done) {
      setPath('');
      setTouched(false);
    }
  };

  return (
    <section className="hw-block" aria-labelledby={headingId}>
      <h4 id={headingId} className="hw-subheading">
        {t.hwUsbStickTitle}
      </h4>
      <div className="hw-subform">
        <PathField
          label={t.hwUsbStickImage}
          value={path}
          onChange={(value) => {
            setPath(value);
            setTouched(value !== '');
            request.clear();
          }}
          purpose="disk"
          nativePicker={nativePicker}
          error={pathError}
        />
        <CheckField label={t.hwUsbStickReadOnly} checked={readOnly} onChange={setReadOnly} />
        <FormIssue message={otherIssueText(request.issues, PATH_FIELDS)} />
        <div className="hw-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={request.busy || path === ''}
            onClick={() => void attach()}
          >
            {request.busy ? t.hwUsbAttaching : t.hwUsbStickAttach}
          </button>
        </div>
      </div>
    </section>
  );
}
