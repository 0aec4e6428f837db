import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';

const userPattern = /^([A-Za-z0-9._][A-Za-z0-9._-]{0,31})?$/;

interface SshFormProps {
  busy: boolean;
  open: boolean;
  onConnect(user: string, identityFile: string): void;
  onDisconnect(): void;
}

/** Who to log in as and with which key; Connect (Enter) or Disconnect. */
export function SshForm({ busy, open, onConnect, onDisconnect }: SshFormProps) {
  const t = useMessages();
  const preferredUser = useAppStore((state) => state.preferences.sshUser);
  const [user, setUser] = useState(preferredUser);
  const [identity, setIdentity] = useState('');
  const userField = useRef<HTMLInputElement>(null);
  // After the dialog's own focusing (showModal runs in a layout effect, before this).
  useEffect(() => userField.current?.focus(), []);
  const userId = useId();
  const identityId = useId();
  const userProblemId = useId();
  const identityProblemId = useId();
  const userBad = !userPattern.test(user.trim());
  const identityBad = identity.trim() !== '' && !identity.trim().startsWith('/');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !open && !userBad && !identityBad) onConnect(user.trim(), identity.trim());
  };

  return (
    <form className="ssh-form" onSubmit={submit} noValidate>
      <label className="ssh-form__field" htmlFor={userId}>
        {t.tmSshUser}
        <input
          ref={userField}
          id={userId}
          className="text-field ssh-form__user"
          value={user}
          placeholder={preferredUser || t.tmSshUserPlaceholder}
          autoComplete="username"
          spellCheck={false}
          aria-invalid={userBad || undefined}
          aria-describedby={userBad ? userProblemId : undefined}
          disabled={open}
          onChange={(event) => setUser(event.target.value)}
        />
      </label>
      <label className="ssh-form__field" htmlFor={identityId}>
        {t.tmSshIdentity}
        <input
          id={identityId}
          className="text-field ssh-form__identity"
          value={identity}
          placeholder="/home/…/.ssh/id_ed25519"
          spellCheck={false}
          aria-invalid={identityBad || undefined}
          aria-describedby={identityBad ? identityProblemId : undefined}
          disabled={open}
          onChange={(event) => setIdentity(event.target.value)}
        />
      </label>
      {open ? (
        <button type="button" className="button" onClick={onDisconnect}>
          {t.tmSshDisconnect}
        </button>
      ) : (
        <button
          type="submit"
          className={busy ? 'button button--primary button--working' : 'button button--primary'}
          aria-disabled={busy || userBad || identityBad || undefined}
        >
          {busy ? t.tmSshConnecting : t.tmSshConnect}
        </button>
      )}
      {userBad && (
        <p id={userProblemId} className="ssh-form__problem">
          {t.tmSshUserInvalid}
        </p>
      )}
      {identityBad && (
        <p id={identityProblemId} className="ssh-form__problem">
          {t.tmSshIdentityInvalid}
        </p>
      )}
    </form>
  );
}
