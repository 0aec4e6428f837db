import { useMessages } from '../../../i18n/use-messages';
import './clipboard.css';

/** Why copy and paste with the guest will not work, said plainly next to the controls. */
export function ClipboardNotice({ sharing, agent }: { sharing: boolean; agent: boolean }) {
  const t = useMessages();
  if (sharing && agent) return null;
  return (
    <p className="clipboard-notice">
      <svg className="clipboard-notice__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path
          className="clipboard-notice__mark"
          d="M8 7.2v4.4M8 4.6v.1"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
      </svg>
      <span>{sharing ? t.cnNoClipboardAgent : t.cnClipboardOff}</span>
    </p>
  );
}
