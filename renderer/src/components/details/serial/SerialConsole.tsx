import { useRef, useState } from 'react';
import { isActive, type VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { chunkText } from '../../terminal/bytes';
import { XtermView, type XtermHandle } from '../../terminal/XtermView';
import { saveConsoleLog } from './save-log';
import { useSerialStream } from './use-serial-stream';

/** The most one serial.send carries (the contract's limit). */
const SEND_CHUNK = 65536;

/** One text console: its history then live output, typing to the guest, clear, save, search. */
export function SerialConsole({ vm, port, label }: { vm: VmStatus; port: string; label: string }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const view = useRef<XtermHandle>(null);
  const [ready, setReady] = useState(false);
  const { status, replaying, retry } = useSerialStream(vm.uuid, port, ready ? view : null);
  const [saving, setSaving] = useState(false);
  const running = isActive(vm.state);

  const send = (data: string) => {
    if (replaying.current) return; // xterm answering queries in the history, not the user
    for (const text of chunkText(data, SEND_CHUNK)) {
      client
        .invoke('serial.send', { vm: vm.uuid, port, text })
        .catch((error: unknown) => reportError(error, vm.uuid));
    }
  };
  const save = () => {
    setSaving(true);
    saveConsoleLog(client, vm, port)
      .catch((error: unknown) => reportError(error, vm.uuid))
      .finally(() => setSaving(false));
  };

  return (
    <div className="serial-console">
      {!running && (
        <div className="serial-console__notice" role="status">
          <strong>{t.tmNotRunning}</strong> <span>{t.tmNotRunningDetail}</span>
        </div>
      )}
      {status.phase === 'loading' && (
        <p className="serial-console__loading" role="status">
          {t.tmLoadingHistory}
        </p>
      )}
      {status.phase === 'failed' && (
        <div className="load-problem">
          <p>{format(t.tmHistoryFailed, { message: status.message })}</p>
          <button type="button" className="button" onClick={retry}>
            {t.tmRetry}
          </button>
        </div>
      )}
      <XtermView
        ref={view}
        className="serial-console__terminal"
        label={format(t.tmTerminalOf, { name: label })}
        readOnly={!running}
        onReady={() => setReady(true)}
        onData={send}
        toolbar={
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                view.current?.clear();
                view.current?.focus();
              }}
            >
              {t.tmClearView}
            </button>
            <button
              type="button"
              className={saving ? 'button button--working' : 'button'}
              aria-disabled={saving || undefined}
              onClick={() => {
                if (!saving) save();
              }}
            >
              {t.tmSaveLog}
            </button>
          </>
        }
      />
    </div>
  );
}
