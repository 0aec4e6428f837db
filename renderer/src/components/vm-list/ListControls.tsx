import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { sortKeys, type SortKey } from './filter-sort';

interface ListControlsProps {
  filter: string;
  sort: SortKey;
  onFilter(filter: string): void;
  onSort(sort: SortKey): void;
}

/** The filter box and the sort order above the VM list, each with a visible label. */
export function ListControls({ filter, sort, onFilter, onSort }: ListControlsProps) {
  const t = useMessages();
  const filterId = useId();
  const sortId = useId();
  const sortLabels: Record<SortKey, string> = { name: t.columnName, state: t.columnState };
  return (
    <div className="list-controls">
      <div className="list-controls__field list-controls__field--grow">
        <label htmlFor={filterId}>{t.mwFilter}</label>
        <input
          id={filterId}
          type="search"
          className="text-field"
          value={filter}
          placeholder={t.mwFilterPlaceholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onFilter(event.target.value)}
        />
      </div>
      <div className="list-controls__field">
        <label htmlFor={sortId}>{t.mwSortBy}</label>
        <select
          id={sortId}
          className="select-field"
          value={sort}
          onChange={(event) => {
            const chosen = sortKeys.find((key) => key === event.target.value);
            if (chosen) onSort(chosen);
          }}
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
