import { useRef, useState } from 'react';
import { format } from '../../i18n/format';
import type { MessageKey } from '../../i18n/en';
import { useMessages } from '../../i18n/use-messages';
import { ModalDialog } from '../dialogs/ModalDialog';
import type { CommandDanger } from './monitor-commands';
import { TerminalDialog } from './TerminalDialog';
import { useMonitor, type PendingCommand } from './use-monitor';
import { XtermView, type XtermHandle } from './XtermView';

const dangerText: Record<CommandDanger, MessageKey> = {
  quit: 'tmDangerQuit',
  reset: 'tmDangerReset',
  powerdown: 'tmDangerPowerdown',
  stop: 'tmDangerStop',
  cont: 'tmDangerCont',
  disrupt: 'tmDangerDisrupt',
};

interface MonitorDialogProps {
  uuid: string;
  open: boolean;
  onClose(): void;
}

/** The QEMU monitor (HMP) of a running VM in a modal terminal: `(qemu)` prompt, history, help. */
export function MonitorDialog({ uuid, open, onClose }: MonitorDialogProps) {
  return open ? <MonitorContent uuid={uuid} onClose={onClose} /> : null;
}

function MonitorContent({ uuid, onClose }: { uuid: string; onClose(): void }) {
  const t = useMessages();
  const view = useRef<XtermHandle>(null);
  const [ready, setReady] = useState(false);
  const monitor = useMonitor(uuid, view, ready);
  return (
    <TerminalDialog title={t.tmMonitorTitle} onClose={onClose}>
      <XtermView
        ref={view}
        label={t.tmMonitorTerminal}
        onReady={() => setReady(true)}
        onData={monitor.onData}
        releaseKey={(event) => event.key === 'Escape'}
      />
      {monitor.pending && (
        <ConfirmCommand pending={monitor.pending} onRun={monitor.confirm} onCancel={monitor.cancel} />
      )}
    </TerminalDialog>
  );
}

/** A dangerous command waits for this: what it does, Cancel focused. */
function ConfirmCommand({
  pending,
  onRun,
  onCancel,
}: {
  pending: PendingCommand;
  onRun(): void;
  onCancel(): void;
}) {
  const t = useMessages();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={format(t.tmConfirmTitle, { command: pending.command })}
      body={<p>{t[dangerText[pending.danger]]}</p>}
      onCancel={onCancel}
      initialFocus={cancel}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t.tmCancel}
          </button>
          <button type="button" className="button button--danger-solid" onClick={onRun}>
            {t.tmConfirmRun}
          </button>
        </>
      }
    />
  );
}
