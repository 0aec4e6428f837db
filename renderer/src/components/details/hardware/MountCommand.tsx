import { useRef, useState } from 'react';
import { shareMountCommand, shareTransport } from '../../../../../shared/vm-config';
import { useAppStore } from '../../../store/store-context';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { copyText } from '../../first-run/copy-text';

/** The command a Linux guest mounts a share with, selectable, with a Copy button. */
export function MountCommand({ tag, readOnly }: { tag: string; readOnly: boolean }) {
  const t = useMessages();
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const virtiofs = useAppStore((state) => state.capabilities?.features.virtiofs ?? false);
  const command = shareMountCommand(tag, shareTransport({ readOnly }, virtiofs));

  const copy = async () => {
    setCopied((await copyText(command, code.current)) ? 'copied' : 'failed');
  };

  return (
    <div className="hw-command">
      <span className="hw-command__label">{t.hwShareMountCommand}</span>
      <div className="hw-command__line">
        <code ref={code} className="hw-command__code">
          {command}
        </code>
        <button
          type="button"
          className="button"
          aria-label={format(t.hwShareCopyNamed, { tag })}
          onClick={() => void copy()}
        >
          {t.hwShareCopy}
        </button>
        <span className="hw-command__status" role="status">
          {copied === 'copied' ? t.hwShareCopied : copied === 'failed' ? t.hwShareCopyFailed : ''}
        </span>
      </div>
    </div>
  );
}
