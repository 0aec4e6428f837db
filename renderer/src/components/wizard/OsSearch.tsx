import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { OsEntry } from '../../../../shared/os-info';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Problem } from './problem';
import { Spinner } from './Spinner';
import { useOsSearch } from './use-os-search';
import './os-search.css';

interface OsSearchProps {
  onChoose(os: OsEntry): void;
  problem?: Problem | undefined;
}

/**
 * A combobox over `osinfo.search`: type to search, arrows to move, Enter or a click to choose,
 * Escape to close the list (a second Escape cancels the wizard).
 */
export function OsSearch({ onChoose, problem }: OsSearchProps) {
  const t = useMessages();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useOsSearch(query, open);
  const { results } = search;
  const activeIndex = open && active < results.length ? active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  const choose = (os: OsEntry) => {
    onChoose(os);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      handled();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(results.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter' && open) {
      const chosen = results[activeIndex];
      if (search.pending || chosen) handled();
      if (chosen && !search.pending) choose(chosen);
    } else if (event.key === 'Escape' && open) {
      handled();
      setOpen(false);
    }
  };

  const status = search.pending
    ? t.wzOsSearching
    : search.failure !== null
      ? format(t.wzOsSearchFailed, { message: search.failure })
      : results.length === 0
        ? t.wzOsNoMatches
        : null;
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;

  return (
    <div className="field os-search">
      <label className="field__label" htmlFor={id}>
        {t.wzOsSearch}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        data-field="os"
        className={`field__input${problem?.severity === 'error' ? ' field__input--invalid' : ''}`}
        placeholder={t.wzOsSearchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={problem?.severity === 'error' || undefined}
        aria-describedby={describedBy(problemId, hintId, problem, t.wzOsSearchHint)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <FieldNotes problemId={problemId} hintId={hintId} problem={problem} hint={t.wzOsSearchHint} />
      <div className="os-search__popup" hidden={!open}>
        <ul id={listId} role="listbox" aria-label={t.wzOsSearch} className="os-search__list">
          {open &&
            results.map((os, index) => (
              <li
                key={os.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={`os-search__option${index === activeIndex ? ' os-search__option--active' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(os)}
              >
                <span className="os-search__name">{os.name}</span>
                <span className="os-search__meta">{[os.vendor, os.shortId].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
        </ul>
        {status !== null && (
          <p className="os-search__status">
            {search.pending && <Spinner />}
            {status}
          </p>
        )}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {open && !search.pending && results.length > 0
          ? format(t.wzOsResultCount, { count: results.length })
          : ''}
      </span>
    </div>
  );
}
