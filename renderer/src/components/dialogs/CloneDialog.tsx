import { useId, useRef, useState, type FormEvent } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { JobProgress } from './JobProgress';
import { ModalDialog } from './ModalDialog';
import { useJobRequest } from './use-job-request';

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
  const request = useJobRequest<{ uuid: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clone = await request.run((jobId) =>
      client.invoke('vm.clone', { vm: vm.uuid, name: name.trim(), linked, jobId }),
    );
    if (!clone) return;
    onClose();
    openVm(clone.uuid, 'overview');
  };

  const { job, running: working } = request;
  return (
    <ModalDialog
      title={format(t.mwCloneTitle, { vm: vm.name })}
      body={<p>{t.mwCloneBody}</p>}
      onCancel={() => (working && job?.cancellable ? request.cancel() : onClose())}
      initialFocus={nameInput}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={working && !job?.cancellable}
            onClick={() => (working && job ? request.cancel() : onClose())}
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
        <JobProgress job={job} />
        {request.problem && (
          <p className="clone-form__problem" role="alert">
            {request.problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
