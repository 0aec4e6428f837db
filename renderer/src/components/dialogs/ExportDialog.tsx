import { useId, useRef, useState, type FormEvent } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { useHostInfo } from '../details/hardware/use-host-info';
import { JobProgress } from './JobProgress';
import { ModalDialog } from './ModalDialog';
import { useJobRequest } from './use-job-request';

const fileName = (name: string) => `${name.replace(/[/\\:*?"<>|]+/g, '_')}.vireo`;

/** Export a shut-down VM to a .vireo bundle at a path on the engine's host. */
export function ExportDialog({ vm, onClose }: { vm: VmStatus; onClose(): void }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const host = useHostInfo();
  const pathId = useId();
  const pathInput = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState<string | null>(null);
  const [compress, setCompress] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const request = useJobRequest<{ path: string; bytes: number }>();
  const shownPath = path ?? (host?.homeDir ? `${host.homeDir}/${fileName(vm.name)}` : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request.run((jobId) =>
      client.invoke('vm.export', { vm: vm.uuid, path: shownPath.trim(), compress, jobId }),
    );
    if (result) setDone(result.path);
  };

  return (
    <ModalDialog
      title={format(t.mwExportTitle, { vm: vm.name })}
      body={<p>{done ? format(t.mwExportDone, { path: done }) : t.mwExportBody}</p>}
      onCancel={() => (request.running ? request.cancel() : onClose())}
      initialFocus={pathInput}
      actions={
        done ? (
          <button type="button" className="button button--primary" onClick={onClose}>
            {t.mwClose}
          </button>
        ) : (
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
              disabled={request.running}
            >
              {t.mwExportConfirm}
            </button>
          </>
        )
      }
    >
      {!done && (
        <form id={`${pathId}-form`} className="clone-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={pathId}>{t.mwExportPath}</label>
          <input
            ref={pathInput}
            id={pathId}
            className="input"
            value={shownPath}
            disabled={request.running}
            onChange={(event) => setPath(event.target.value)}
          />
          <label className="clone-form__check">
            <input
              type="checkbox"
              checked={compress}
              disabled={request.running}
              onChange={(e) => setCompress(e.target.checked)}
            />
            {t.mwExportCompress}
          </label>
          <JobProgress job={request.job} />
          {request.problem && (
            <p className="clone-form__problem" role="alert">
              {request.problem}
            </p>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
