import { randomJobId } from '../../client/random-job-id';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Job } from '../../../../shared/jobs';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';
import { ModalDialog } from './ModalDialog';

/**
 * Clone a VM: a new name, full copy or linked overlay. A full copy shows its progress and can be
 * cancelled (which leaves nothing behind); when done, the clone is selected.
 */
export function CloneDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const openVm = useAppStore((state) => state.openVm);
  const nameId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(format(t.mwCloneDefaultName, { vm: vm.name }));
  const [linked, setLinked] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(
    () =>
      client.on('job.updated', (update) => {
        if (update.id === jobId) setJob(update);
      }),
    [client, jobId],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = randomJobId();
    setJobId(id);
    setProblem(null);
    try {
      const clone = await client.invoke('vm.clone', { vm: vm.uuid, name: name.trim(), linked, jobId: id });
      onClose();
      openVm(clone.uuid, 'overview');
    } catch (error) {
      setProblem(errorMessage(error));
      setJobId(null);
      setJob(null);
    }
  };

  const working = jobId !== null;
  return (
    <ModalDialog
      title={format(t.mwCloneTitle, { vm: vm.name })}
      body={<p>{t.mwCloneBody}</p>}
      onCancel={() =>
        working && job?.cancellable ? void client.invoke('job.cancel', { id: job.id }) : onClose()
      }
      initialFocus={nameInput}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={working && !job?.cancellable}
            onClick={() => (working && job ? void client.invoke('job.cancel', { id: job.id }) : onClose())}
          >
            {t.mwCancel}
          </button>
          <button type="submit" form={`${nameId}-form`} className="button button--primary" disabled={working}>
            {t.mwCloneConfirm}
          </button>
        </>
      }
    >
      <form id={`${nameId}-form`} className="clone-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={nameId}>{t.mwCloneName}</label>
        <input
          ref={nameInput}
          id={nameId}
          className="input"
          value={name}
          disabled={working}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="clone-form__check">
          <input
            type="checkbox"
            checked={linked}
            disabled={working}
            onChange={(event) => setLinked(event.target.checked)}
          />
          {t.mwCloneLinked}
        </label>
        <p className="clone-form__hint">{linked ? t.mwCloneLinkedHint : t.mwCloneFullHint}</p>
        {job && job.state === 'running' && (
          <progress max={1} value={job.progress ?? undefined} aria-label={job.title} />
        )}
        {problem && (
          <p className="clone-form__problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
