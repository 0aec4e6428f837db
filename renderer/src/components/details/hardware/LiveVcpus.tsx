import { useId, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { interpolate } from '../../../i18n/interpolate';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { FormIssue } from './FormIssue';
import { wholeNumberIn } from './numbers';
import { TextField } from './TextField';
import { issueText, otherIssueText, useLiveRequest } from './use-live-request';

interface LiveVcpusProps {
  uuid: string;
  /** The running VM's vCPUs now (its saved count, which vm.setVcpus keeps). */
  count: number;
  max: number;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/** A running VM's vCPUs, changed at once (vm.setVcpus) within its maximum; the guest onlines them. */
export function LiveVcpus({ uuid, count, max, onSaved }: LiveVcpusProps) {
  const t = useMessages();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const request = useLiveRequest();
  const [target, setTarget] = useState('');
  const typed = wholeNumberIn(target, 1, max);
  const typedError =
    target.trim() !== '' && typed === undefined
      ? format(t.hwErrorWholeRange, { min: 1, max })
      : issueText(request.issues, ['count']);

  const setCount = async (next: number) => {
    const done = await request.run(() => client.invoke('vm.setVcpus', { vm: uuid, count: next }), onSaved);
    if (done) setTarget('');
  };

  return (
    <section className="hw-live" aria-labelledby={headingId}>
      <h4 id={headingId} className="hw-subheading">
        {t.hwLiveVcpus}
      </h4>
      <p className="hw-live__now" role="status">
        {interpolate(t.hwLiveVcpusNow, { count: <strong>{count}</strong>, max: String(max) })}
      </p>
      <div className="hw-row hw-row--controls">
        <button
          type="button"
          className="button"
          disabled={request.busy || count >= max}
          onClick={() => void setCount(count + 1)}
        >
          {t.hwLiveVcpusAdd}
        </button>
        <TextField
          label={t.hwLiveVcpusSet}
          value={target}
          onChange={(value) => {
            setTarget(value);
            request.clear();
          }}
          inputMode="numeric"
          size="small"
          error={typedError}
        />
        <button
          type="button"
          className="button"
          disabled={request.busy || typed === undefined || typed === count}
          onClick={() => typed !== undefined && void setCount(typed)}
        >
          {t.hwLiveVcpusApply}
        </button>
      </div>
      <FormIssue message={otherIssueText(request.issues, ['count'])} />
      <p className="hw-note">
        {interpolate(t.hwLiveVcpusGuest, {
          command: <code>echo 1 &gt; /sys/devices/system/cpu/cpuN/online</code>,
        })}
      </p>
    </section>
  );
}
