import { useId, useRef, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { JobProgress } from './JobProgress';
import { ModalDialog } from './ModalDialog';
import { useJobRequest } from './use-job-request';

/** Import a .vireo bundle (a path on the engine's host) as a new VM, optionally under a new name. */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const openVm = useAppStore((state) => state.openVm);
  const pathId = useId();
  const nameId = useId();
  const pathInput = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const request = useJobRequest<{ uuid: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const vm = await request.run((jobId) =>
      client.invoke('vm.import', { path: path.trim(), ...(name.trim() ? { name: name.trim() } : {}), jobId }),
    );
    if (!vm) return;
    onClose();
    openVm(vm.uuid, 'overview');
  };

  return (
    <ModalDialog
      title={t.mwImportTitle}
      body={<p>{t.mwImportBody}</p>}
      onCancel={() => (request.running ? request.cancel() : onClose())}
      initialFocus={pathInput}
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() => (request.running ? request.cancel() : onClose())}
          >
            {t.mwCancel}
          </button>
          <button
            type="submit"
            form={`${pathId}-form`}
            className="button button--primary"
            disabled={request.running || !path.trim()}
          >
            {t.mwImportConfirm}
          </button>
        </>
      }
    >
      <form id={`${pathId}-form`} className="clone-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={pathId}>{t.mwImportPath}</label>
        <input
          ref={pathInput}
          id={pathId}
          className="input"
          value={path}
          placeholder="/home/you/web.vireo"
          disabled={request.running}
          onChange={(event) => setPath(event.target.value)}
        />
        <label htmlFor={nameId}>{t.mwImportName}</label>
        <input
          id={nameId}
          className="input"
          value={name}
          disabled={request.running}
          onChange={(e) => setName(e.target.value)}
        />
        <JobProgress job={request.job} />
        {request.problem && (
          <p className="clone-form__problem" role="alert">
            {request.problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
