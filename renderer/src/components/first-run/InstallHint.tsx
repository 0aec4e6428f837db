import { useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { copyText } from './copy-text';

type CopyState = 'idle' | 'copied' | 'failed';

/** One distribution's install command, selectable, with a Copy button. */
export function InstallHint({ system, command }: { system: string; command: string }) {
  const t = useMessages();
  const code = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    setState((await copyText(command, code.current)) ? 'copied' : 'failed');
  };

  return (
    <li className="install-hint">
      <span className="install-hint__system">{system}</span>
      <div className="install-hint__row">
        <pre className="install-hint__command">
          <code ref={code}>{command}</code>
        </pre>
        <button
          type="button"
          className="button"
          aria-label={format(t.frCopyLabel, { system })}
          onClick={() => void copy()}
          onBlur={() => setState('idle')}
        >
          {state === 'copied' ? t.frCopied : t.frCopy}
        </button>
      </div>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.frCopied : ''}
      </span>
      {state === 'failed' && <p className="install-hint__failure">{t.frCopyFailed}</p>}
    </li>
  );
}
