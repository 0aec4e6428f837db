import { useRef } from 'react';
import { isOperationAllowed, type VmState } from '../../../../shared/vm-state';
import { useMessages } from '../../i18n/use-messages';
import { vmActions, type VmAction } from '../../store/app-state';
import { useAppStore } from '../../store/store-context';
import { ActionIcon } from './ActionIcon';

interface VmActionsProps {
  uuid: string;
  state: VmState;
}

function buttonClass(action: VmAction, working: VmAction | undefined): string {
  const classes = ['button'];
  if (action === 'forceOff') classes.push('button--danger');
  if (action === working) classes.push('button--working');
  return classes.join(' ');
}

/**
 * One button per lifecycle action, always in the same place; each is enabled only when the VM's
 * state allows it, the engine is connected, and no request for this VM is in flight (the one in
 * flight shows a spinner). A clicked button is disabled at once, which drops keyboard focus, so
 * focus comes back to the row's first enabled button when the request ends.
 */
export function VmActions({ uuid, state }: VmActionsProps) {
  const t = useMessages();
  const group = useRef<HTMLDivElement>(null);
  const working = useAppStore((s) => s.busy[uuid]);
  const connected = useAppStore((s) => s.connection === 'connected');
  const runAction = useAppStore((s) => s.runAction);

  const run = async (action: VmAction) => {
    await runAction(uuid, action);
    requestAnimationFrame(() => {
      if (document.activeElement !== document.body) return;
      group.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
    });
  };

  return (
    <div className="vm-actions" ref={group}>
      {vmActions.map((action) => (
        <button
          key={action}
          type="button"
          data-action={action}
          title={t[action]}
          className={buttonClass(action, working)}
          disabled={working !== undefined || !connected || !isOperationAllowed(state, action)}
          onClick={() => void run(action)}
        >
          <ActionIcon action={action} working={working === action} />
          <span className="button__label">{t[action]}</span>
        </button>
      ))}
    </div>
  );
}
