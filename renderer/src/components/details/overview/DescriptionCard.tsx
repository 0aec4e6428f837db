import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { Card } from './Card';

interface DescriptionCardProps {
  uuid: string;
  /** The saved description; undefined until the config has loaded. */
  saved: string | undefined;
  /** The VM's state allows edits now (not while it starts or shuts down). */
  editable: boolean;
  onSaved(): void;
}

/**
 * The description, editable in place and saved with vm.update. A newer saved text (changed
 * elsewhere) replaces the draft only while the draft has no edits of its own.
 */
export function DescriptionCard({ uuid, saved, editable, onSaved }: DescriptionCardProps) {
  const t = useMessages();
  const fieldId = useId();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved ?? '');
  const [saving, setSaving] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  if (saved !== base) {
    setBase(saved);
    if (draft === (base ?? '')) setDraft(saved ?? '');
  }
  const changed = saved !== undefined && draft !== saved;

  const save = async () => {
    if (!changed || saving || !editable) return;
    setSaving(true);
    try {
      const { config } = await client.invoke('vm.update', { vm: uuid, changes: { description: draft } });
      setBase(config.description);
      setDraft(config.description);
      setJustSaved(true);
      onSaved();
    } catch (error) {
      reportError(error, uuid);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t.mwDescription} wide>
      <label htmlFor={fieldId} className="visually-hidden">
        {t.mwDescription}
      </label>
      <textarea
        id={fieldId}
        className="text-field description__field"
        rows={3}
        value={draft}
        disabled={saved === undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setJustSaved(false);
        }}
      />
      <div className="description__actions">
        <span className="description__status" aria-live="polite">
          {saving ? t.mwSaving : justSaved && !changed ? t.mwSaved : ''}
        </span>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!changed || saving || !editable || undefined}
          onClick={() => void save()}
        >
          {t.mwSave}
        </button>
      </div>
    </Card>
  );
}
