import { useEffect, useId, useRef, useState } from 'react';
import type { DiskConfig } from '../../../../../shared/vm-config';
import { format } from '../../../i18n/format';
import { interpolate } from '../../../i18n/interpolate';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { CheckField } from './CheckField';
import type { DiskFormContext } from './disk-form-checks';
import { FormIssue } from './FormIssue';
import { useDiskRequest } from './use-disk-request';

interface RemoveDiskDialogProps extends Pick<DiskFormContext, 'uuid' | 'onSaved' | 'onClose'> {
  disk: DiskConfig;
}

/**
 * A modal confirmation (native <dialog>: focus stays inside, Escape cancels). Deleting the image
 * is offered only for images Vireo created.
 */
export function RemoveDiskDialog({ uuid, disk, onSaved, onClose }: RemoveDiskDialogProps) {
  const t = useMessages();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useAppStore((state) => state.client);
  const [deleteFile, setDeleteFile] = useState(false);
  const request = useDiskRequest(uuid, onSaved);

  useEffect(() => {
    // Unmounting removes it from the top layer; closing here would fire a late `close` event.
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const remove = async () => {
    const done = await request.run(() =>
      client.invoke('vm.removeDisk', { vm: uuid, diskId: disk.id, deleteFile: disk.managed && deleteFile }),
    );
    if (done) onClose();
  };

  return (
    <dialog ref={dialog} className="hw-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h3 id={titleId} className="hw-dialog__title">
        {format(t.hwRemoveDiskTitle, { disk: disk.id })}
      </h3>
      <p className="hw-dialog__body">
        {interpolate(t.hwRemoveDiskBody, { path: <code className="hw-dialog__path">{disk.path}</code> })}
      </p>
      {disk.managed ? (
        <CheckField label={t.hwRemoveDiskDelete} checked={deleteFile} onChange={setDeleteFile} />
      ) : (
        <p className="hw-note">{t.hwRemoveDiskKept}</p>
      )}
      <FormIssue message={Object.values(request.issues)[0]} />
      <div className="hw-actions hw-actions--end">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.hwCancel}
        </button>
        <button
          type="button"
          className="button button--danger-solid"
          disabled={request.busy}
          onClick={() => void remove()}
        >
          {request.busy ? t.hwRemoving : t.hwDiskRemove}
        </button>
      </div>
    </dialog>
  );
}
