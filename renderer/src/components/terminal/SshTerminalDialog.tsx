import { useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { SshForm } from './SshForm';
import { TerminalDialog } from './TerminalDialog';
import { useSshSession, type SshState } from './use-ssh-session';
import { XtermView, type XtermHandle } from './XtermView';

function StatusLine({ state }: { state: SshState }) {
  const t = useMessages();
  if (state.phase === 'failed') {
    return (
      <p className="terminal-dialog__error" role="alert">
        {format(t.tmSshFailed, { message: state.message })}
      </p>
    );
  }
  const text = {
    idle: t.tmSshIdle,
    connecting: t.tmSshConnecting,
    open: state.phase === 'open' ? format(t.tmSshConnected, { command: state.command }) : '',
    ended: state.phase === 'ended' ? format(t.tmSshEnded, { message: state.message }) : '',
  }[state.phase];
  return (
    <p className="terminal-dialog__status" role="status">
      {text}
    </p>
  );
}

interface SshTerminalDialogProps {
  uuid: string;
  open: boolean;
  onClose(): void;
}

/** An SSH session to the guest through its forwarded port 22, in a modal terminal; closing ends it. */
export function SshTerminalDialog({ uuid, open, onClose }: SshTerminalDialogProps) {
  return open ? <SshContent uuid={uuid} onClose={onClose} /> : null;
}

function SshContent({ uuid, onClose }: { uuid: string; onClose(): void }) {
  const t = useMessages();
  const view = useRef<XtermHandle>(null);
  const [ready, setReady] = useState(false);
  const ssh = useSshSession(uuid, view, t.tmSshLost);
  const open = ssh.state.phase === 'open';
  return (
    <TerminalDialog title={t.tmSshTitle} onClose={onClose} className="terminal-dialog--ssh">
      <SshForm
        busy={!ready || ssh.state.phase === 'connecting'}
        open={open}
        onConnect={(user, identityFile) => void ssh.connect(user, identityFile)}
        onDisconnect={ssh.disconnect}
      />
      <StatusLine state={ssh.state} />
      <XtermView
        ref={view}
        label={t.tmSshTerminal}
        readOnly={!open}
        onReady={() => setReady(true)}
        onData={ssh.onData}
        onResize={ssh.onResize}
      />
    </TerminalDialog>
  );
}
