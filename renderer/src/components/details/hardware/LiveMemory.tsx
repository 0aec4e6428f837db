import { useId, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { formatSize } from '../../../../../shared/size';
import { format } from '../../../i18n/format';
import { interpolate } from '../../../i18n/interpolate';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { FormIssue } from './FormIssue';
import { MEMORY_STEP_MIB, memoryAddChoices } from './hotplug';
import { SelectField } from './SelectField';
import { issueText, otherIssueText, useLiveRequest } from './use-live-request';

interface LiveMemoryProps {
  uuid: string;
  /** The running VM's memory now (its saved size, which vm.addMemory keeps). */
  memoryMiB: number;
  maxMiB: number;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

const MIB = 2 ** 20;

/** Adds memory to a running VM at once (vm.addMemory, a DIMM), within its maximum. */
export function LiveMemory({ uuid, memoryMiB, maxMiB, onSaved }: LiveMemoryProps) {
  const t = useMessages();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const request = useLiveRequest();
  const choices = memoryAddChoices(memoryMiB, maxMiB);
  const [chosen, setChosen] = useState<string>('');
  const size = choices.includes(Number(chosen)) ? Number(chosen) : choices[0];

  const add = () => {
    if (size === undefined) return;
    void request.run(() => client.invoke('vm.addMemory', { vm: uuid, sizeMiB: size }), onSaved);
  };

  return (
    <section className="hw-live" aria-labelledby={headingId}>
      <h4 id={headingId} className="hw-subheading">
        {t.hwLiveMemory}
      </h4>
      <p className="hw-live__now" role="status">
        {interpolate(t.hwLiveMemoryNow, {
          size: <strong>{formatSize(memoryMiB * MIB)}</strong>,
          max: formatSize(maxMiB * MIB),
        })}
      </p>
      {choices.length === 0 ? (
        <p className="hw-note">{t.hwLiveMemoryFull}</p>
      ) : (
        <div className="hw-row hw-row--controls">
          <SelectField<string>
            label={t.hwLiveMemorySize}
            value={String(size)}
            choices={choices.map((mib) => ({ value: String(mib), label: formatSize(mib * MIB) }))}
            onChange={setChosen}
            error={issueText(request.issues, ['sizeMiB'])}
          />
          <button type="button" className="button" disabled={request.busy} onClick={add}>
            {request.busy ? t.hwAdding : t.hwLiveMemoryAdd}
          </button>
        </div>
      )}
      <FormIssue message={otherIssueText(request.issues, ['sizeMiB'])} />
      <p className="hw-note">
        {format(t.hwLiveMemorySizeHint, { step: formatSize(MEMORY_STEP_MIB * MIB) })}{' '}
        {interpolate(t.hwLiveMemoryGuest, {
          command: <code>echo online &gt; /sys/devices/system/memory/memoryN/state</code>,
        })}
      </p>
    </section>
  );
}
