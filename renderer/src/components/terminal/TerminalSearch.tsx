import type { ISearchResultChangeEvent, SearchAddon } from '@xterm/addon-search';
import { useState, type RefObject } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useColorScheme } from './use-color-scheme';
import { searchDecorations } from './xterm-theme';

interface TerminalSearchProps {
  search: RefObject<SearchAddon | null>;
  results: ISearchResultChangeEvent | null;
  input: RefObject<HTMLInputElement | null>;
  /** Escape: back to the terminal. */
  onLeave(): void;
}

function Arrow({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={up ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Find in the terminal's scrollback: Enter for the next match, Shift+Enter the previous, Escape leaves. */
export function TerminalSearch({ search, results, input, onLeave }: TerminalSearchProps) {
  const t = useMessages();
  const scheme = useColorScheme();
  const [query, setQuery] = useState('');
  const colors = searchDecorations[scheme];
  const options = (incremental: boolean) => ({
    incremental,
    decorations: {
      matchBackground: colors.match,
      activeMatchBackground: colors.active,
      matchOverviewRuler: colors.active,
      activeMatchColorOverviewRuler: colors.active,
    },
  });
  const find = (backwards: boolean, text = query, incremental = false) => {
    if (text === '') {
      search.current?.clearDecorations();
      return;
    }
    if (backwards) search.current?.findPrevious(text, options(incremental));
    else search.current?.findNext(text, options(incremental));
  };

  let status = '';
  if (query !== '' && results) {
    if (results.resultCount === 0) status = t.tmNoMatches;
    else if (results.resultIndex < 0) status = format(t.tmManyMatches, { total: results.resultCount });
    else status = format(t.tmMatchCount, { current: results.resultIndex + 1, total: results.resultCount });
  }

  return (
    <div
      className="xterm-search"
      onBlur={(event) => {
        // Highlighting every match is redone on each write: only while the search has the focus.
        if (!event.currentTarget.contains(event.relatedTarget)) search.current?.clearDecorations();
      }}
    >
      <input
        ref={input}
        type="search"
        className="text-field xterm-search__field"
        aria-label={t.tmSearch}
        placeholder={t.tmSearchPlaceholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          find(false, event.target.value, true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            find(event.shiftKey);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            search.current?.clearDecorations();
            onLeave();
          }
        }}
      />
      <span className="xterm-search__status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="button button--quiet xterm-search__button"
        aria-label={t.tmPreviousMatch}
        title={t.tmPreviousMatch}
        onClick={() => find(true)}
      >
        <Arrow up />
      </button>
      <button
        type="button"
        className="button button--quiet xterm-search__button"
        aria-label={t.tmNextMatch}
        title={t.tmNextMatch}
        onClick={() => find(false)}
      >
        <Arrow up={false} />
      </button>
    </div>
  );
}
