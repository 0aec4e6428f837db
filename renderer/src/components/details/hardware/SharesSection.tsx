import { useRef, useState } from 'react';
import type { Share, VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { AddShareForm } from './AddShareForm';
import { FormIssue } from './FormIssue';
import { MountCommand } from './MountCommand';
import { useLiveRequest } from './use-live-request';

interface SharesSectionProps {
  uuid: string;
  /** The saved shares: share.add and share.remove save at once. */
  shares: readonly Share[];
  running: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/**
 * Host folders shared with the guest over 9p: each with the command a Linux guest mounts it with;
 * adding or removing one is saved at once and reaches the guest at its next start.
 */
export function SharesSection({ uuid, shares, running, onSaved }: SharesSectionProps) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const section = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState(false);
  const remove = useLiveRequest();
  const [removing, setRemoving] = useState<string | null>(null);

  const removeShare = async (tag: string) => {
    setRemoving(tag);
    const done = await remove.run(() => client.invoke('share.remove', { vm: uuid, tag }), onSaved);
    setRemoving(null);
    if (done) {
      requestAnimationFrame(() =>
        section.current?.querySelector<HTMLButtonElement>('.hw-item button, .hw-actions button')?.focus(),
      );
    }
  };

  return (
    <div ref={section} className="hw-block">
      <p className="hw-note">{t.hwSharesIntro}</p>
      {shares.length === 0 ? (
        <p className="hw-muted">{t.hwSharesNone}</p>
      ) : (
        <ul className="hw-items" aria-label={t.hwSectionShares}>
          {shares.map((share) => (
            <li key={share.tag} className="hw-item">
              <div className="hw-item__head">
                <div className="hw-item__name">
                  <span className="hw-item__title">{share.tag}</span>
                  <span className="hw-tag">{share.readOnly ? t.hwShareReadOnly : t.hwShareReadWrite}</span>
                </div>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={remove.busy}
                  aria-label={format(t.hwShareRemoveNamed, { tag: share.tag })}
                  onClick={() => void removeShare(share.tag)}
                >
                  {removing === share.tag ? t.hwRemoving : t.hwShareRemove}
                </button>
              </div>
              <dl className="hw-facts hw-item__facts">
                <dt>{t.hwShareHostPath}</dt>
                <dd>
                  <code>{share.hostPath}</code>
                </dd>
              </dl>
              <MountCommand tag={share.tag} readOnly={share.readOnly} />
            </li>
          ))}
        </ul>
      )}
      <FormIssue message={remove.issues.map((issue) => issue.message).join('; ') || undefined} />
      {/* While it runs, the panel's note says changes wait for the next start. */}
      {!running && <p className="hw-note">{t.hwSharesNextStart}</p>}
      <div className="hw-actions">
        <button type="button" className="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t.hwShareAdd}
        </button>
      </div>
      {adding && (
        <AddShareForm
          uuid={uuid}
          taken={shares.map((share) => share.tag)}
          onSaved={onSaved}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
