import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { FieldMessages } from './FieldMessages';
import { PathField } from './PathField';
import type { SectionProps } from './section-props';
import { useProblemText } from './use-problem-text';
import { pathProblem } from './validate-draft';

interface CdromSectionProps extends SectionProps {
  /** The media in the saved config, to tell what Apply will change. */
  savedPath: string | null | undefined;
  nativePicker: boolean;
}

/** The CD-ROM drive's media: insert (a path, typed or picked) and eject; the drive itself too. */
export function CdromSection({ draft, update, errors, savedPath, nativePicker }: CdromSectionProps) {
  const t = useMessages();
  const text = useProblemText();
  const messagesId = useId();
  const [inserting, setInserting] = useState(false);
  const [path, setPath] = useState('');
  const { cdrom } = draft;
  const setMedia = (media: string | null) =>
    update((d) => (d.cdrom ? { ...d, cdrom: { ...d.cdrom, path: media } } : d));
  const localProblem = path === '' ? undefined : pathProblem(path, true);

  if (!cdrom) {
    return (
      <>
        <p className="hw-note">{t.hwCdromNoDrive}</p>
        <div className="hw-actions">
          <button
            type="button"
            className="button"
            onClick={() => update((d) => ({ ...d, cdrom: { id: freeCdromId(d), path: null } }))}
          >
            {t.hwCdromAddDrive}
          </button>
        </div>
      </>
    );
  }

  const insert = () => {
    if (path === '' || localProblem) return;
    setMedia(path);
    setInserting(false);
    setPath('');
  };

  return (
    <>
      <dl className="hw-facts">
        <dt>{t.hwCdromMedia}</dt>
        <dd>
          {cdrom.path === null ? (
            <span className="hw-muted">{t.hwCdromEmpty}</span>
          ) : (
            <code>{cdrom.path}</code>
          )}
          {savedPath !== undefined && cdrom.path !== savedPath && (
            <span className="hw-tag hw-tag--pending">{t.hwCdromPending}</span>
          )}
        </dd>
      </dl>
      <FieldMessages
        ids={{ hint: `${messagesId}-hint`, error: `${messagesId}-error` }}
        error={errors['cdrom.path']}
      />
      <div className="hw-actions">
        <button
          type="button"
          className="button"
          aria-expanded={inserting}
          onClick={() => setInserting(!inserting)}
        >
          {t.hwCdromInsert}
        </button>
        <button
          type="button"
          className="button"
          disabled={cdrom.path === null}
          onClick={() => setMedia(null)}
        >
          {t.hwCdromEject}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => update((d) => ({ ...d, cdrom: null }))}
        >
          {t.hwCdromRemoveDrive}
        </button>
      </div>
      {inserting && (
        <div className="hw-subform">
          <PathField
            label={t.hwCdromIso}
            value={path}
            onChange={setPath}
            purpose="iso"
            nativePicker={nativePicker}
            error={localProblem ? text(localProblem) : undefined}
          />
          <div className="hw-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={path === '' || localProblem !== undefined}
              onClick={insert}
            >
              {t.hwCdromInsertConfirm}
            </button>
            <button type="button" className="button" onClick={() => setInserting(false)}>
              {t.hwCancel}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** "cdrom0", or the first cdromN no disk already uses. */
function freeCdromId(draft: SectionProps['draft']): string {
  for (let n = 0; ; n++) {
    const id = `cdrom${n}`;
    if (!draft.disks.some((disk) => disk.id === id)) return id;
  }
}
