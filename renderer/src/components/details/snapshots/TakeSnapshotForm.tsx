import { useId, useState, type FormEvent } from 'react';
import { snapshotNameSchema } from '../../../../../shared/snapshots';
import { useMessages } from '../../../i18n/use-messages';

interface Props {
  running: boolean;
  busy: boolean;
  onTake(name: string, description: string, memory: boolean): void;
  /** A guest agent answers: a disk-only snapshot freezes the guest's file systems first. */
  agent: boolean;
}

/** Name and description of a new snapshot; the name is checked as the engine would. */
export function TakeSnapshotForm({ running, busy, onTake, agent }: Props) {
  const t = useMessages();
  const nameId = useId();
  const descriptionId = useId();
  const problemId = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [memory, setMemory] = useState(true);
  const memoryId = useId();
  const [tried, setTried] = useState(false);
  const checked = snapshotNameSchema.safeParse(name);
  const problem = tried && !checked.success ? (checked.error.issues[0]?.message ?? '') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!checked.success) return;
    onTake(checked.data, description.trim(), !running || memory);
    setName('');
    setDescription('');
    setTried(false);
  };

  return (
    <form className="snapshots__form" onSubmit={submit} aria-label={t.snTakeTitle}>
      <div className="snapshots__field">
        <label htmlFor={nameId}>{t.snName}</label>
        <input
          id={nameId}
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        {problem && (
          <p id={problemId} className="snapshots__problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="snapshots__field snapshots__field--wide">
        <label htmlFor={descriptionId}>{t.snDescription}</label>
        <input
          id={descriptionId}
          className="input"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {running && (
        <div className="snapshots__field snapshots__field--wide snapshots__memory">
          <label htmlFor={memoryId}>
            <input
              id={memoryId}
              type="checkbox"
              checked={memory}
              onChange={(event) => setMemory(event.target.checked)}
            />{' '}
            {t.snIncludeMemory}
          </label>
          {!memory && <p className="snapshots__hint">{agent ? t.snDisksFrozen : t.snDisksCrashConsistent}</p>}
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {running && memory ? t.snTakeWithMemory : t.snTakeDisks}
      </button>
    </form>
  );
}
