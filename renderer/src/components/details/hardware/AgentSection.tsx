import type { GuestAgentState } from '../../../../../shared/guest-agent';
import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import type { SectionProps } from './section-props';

interface AgentSectionProps extends SectionProps {
  /** The running guest's agent, when the running VM has the channel; undefined otherwise. */
  agent: GuestAgentState | undefined;
}

/** The qemu-guest-agent channel, what it gives, and (while the VM runs) whether an agent answers. */
export function AgentSection({ draft, update, errors, agent }: AgentSectionProps) {
  const t = useMessages();
  return (
    <div className="hw-field">
      <CheckField
        label={t.hwGuestAgent}
        checked={draft.guestAgent}
        onChange={(guestAgent) => update((d) => ({ ...d, guestAgent }))}
        hint={t.hwGuestAgentHint}
        error={errors['guestAgent']}
      />
      {agent !== undefined && agent !== 'none' && (
        <p className="hw-field__hint hw-check-status" role="status">
          <span
            className={`hw-check-status__dot${agent === 'connected' ? ' hw-check-status__dot--on' : ''}`}
            aria-hidden="true"
          />
          {agent === 'connected' ? t.hwGuestAgentOn : t.hwGuestAgentWaiting}
        </p>
      )}
    </div>
  );
}
