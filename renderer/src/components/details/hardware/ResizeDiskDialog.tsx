import { useId, useRef, useState, type FormEvent } from 'react';
import { formatSize, parseSize } from '../../../../../shared/size';
import type { DiskInfo } from '../../../../../shared/vm-details';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { errorMessage } from '../../../store/error-message';
import { useAppStore } from '../../../store/store-context';
import { ModalDialog } from '../../dialogs/ModalDialog';

interface Props {
  uuid: string;
  disk: DiskInfo;
  onDone(info: DiskInfo): void;
  onCancel(): void;
}

/** Grows a disk to a new size (live on a running VM); the engine refuses to shrink and says why. */
export function ResizeDiskDialog({ uuid, disk, onDone, onCancel }: Props) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const sizeId = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = disk.virtualSizeBytes ?? 0;
  const [text, setText] = useState(
    formatSize(current * 2)
      .replace(' ', '')
      .replace('iB', ''),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sizeBytes = parseSize(text.trim());
    if (sizeBytes === undefined) {
      setProblem(t.hwResizeBadSize);
      return;
    }
    setBusy(true);
    try {
      onDone(await client.invoke('vm.resizeDisk', { vm: uuid, diskId: disk.id, sizeBytes }));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={format(t.hwResizeTitle, { disk: disk.id })}
      body={<p>{format(t.hwResizeBody, { size: formatSize(current) })}</p>}
      onCancel={onCancel}
      initialFocus={input}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t.hwCancel}
          </button>
          <button type="submit" form={`${sizeId}-form`} className="button button--primary" disabled={busy}>
            {t.hwResizeConfirm}
          </button>
        </>
      }
    >
      <form id={`${sizeId}-form`} className="clone-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={sizeId}>{t.hwResizeNewSize}</label>
        <input
          ref={input}
          id={sizeId}
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {problem && (
          <p className="clone-form__problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
