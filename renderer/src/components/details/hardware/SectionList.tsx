import { useRef, type KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { sectionAfterKey } from './section-list-keys';
import { sectionTitle } from './section-titles';
import { sectionIds, type SectionId } from './sections';
import { SectionIcon } from './SectionIcon';

interface SectionListProps {
  selected: SectionId;
  onSelect(section: SectionId): void;
  modified: ReadonlySet<SectionId>;
  withProblems: ReadonlySet<SectionId>;
  /** The id prefix tying each tab to the panel (`${idPrefix}-panel`). */
  idPrefix: string;
}

/**
 * virt-manager's hardware list, as a vertical tab list: arrow keys, Home and End move between
 * sections (and show them), Tab goes on to the form. Changed and invalid sections are marked.
 */
export function SectionList({ selected, onSelect, modified, withProblems, idPrefix }: SectionListProps) {
  const t = useMessages();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = sectionAfterKey(event.key, index, sectionIds.length);
    const section = next === undefined ? undefined : sectionIds[next];
    if (section === undefined) return;
    event.preventDefault();
    onSelect(section);
    list.current?.querySelector<HTMLButtonElement>(`[data-section="${section}"]`)?.focus();
  };

  return (
    <div
      ref={list}
      role="tablist"
      aria-orientation="vertical"
      aria-label={t.hwSectionsLabel}
      className="hw-sections"
    >
      {sectionIds.map((section, index) => {
        const isSelected = section === selected;
        const problem = withProblems.has(section);
        return (
          <button
            key={section}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${section}`}
            data-section={section}
            aria-selected={isSelected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={isSelected ? 0 : -1}
            className={`hw-sections__tab${problem ? ' hw-sections__tab--problem' : ''}`}
            onClick={() => onSelect(section)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <SectionIcon section={section} />
            <span className="hw-sections__title">{sectionTitle(t, section)}</span>
            {problem && (
              <span className="hw-sections__mark hw-sections__mark--problem">
                <span aria-hidden="true">!</span>
                <span className="visually-hidden">{t.hwSectionHasProblems}</span>
              </span>
            )}
            {!problem && modified.has(section) && (
              <span className="hw-sections__mark hw-sections__mark--modified">
                <span aria-hidden="true">●</span>
                <span className="visually-hidden">{t.hwSectionModified}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
