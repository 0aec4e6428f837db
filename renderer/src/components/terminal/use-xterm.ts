import type { ISearchResultChangeEvent, SearchAddon } from '@xterm/addon-search';
import type { FitAddon } from '@xterm/addon-fit';
import type { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';
import { useColorScheme } from './use-color-scheme';
import { openWithinCsp } from './xterm-csp';
import { loadXterm, type XtermBundle } from './xterm-loader';
import { terminalFontFamily, terminalThemes } from './xterm-theme';

export interface XtermCallbacks {
  /** Keystrokes and pastes, as the terminal encodes them. */
  onData?(data: string): void;
  onResize?(cols: number, rows: number): void;
  /** Keys the terminal leaves alone (not sent anywhere), e.g. Escape to close a dialog. */
  releaseKey?(event: KeyboardEvent): boolean;
  /** The terminal exists: output can be written. */
  onReady?(): void;
  /** Ctrl+Shift+F. */
  onSearchKey(): void;
  /** Ctrl+Shift+C. */
  onCopyKey(): void;
}

export interface Xterm {
  terminal: RefObject<Terminal | null>;
  search: RefObject<SearchAddon | null>;
  results: ISearchResultChangeEvent | null;
  /** The terminal exists. */
  ready: boolean;
  /** Why xterm could not be loaded. */
  loadError: string | undefined;
  /** Fits the terminal to its element now (it also follows the element's size on its own). */
  fit(): void;
}

interface Settings {
  scheme: 'light' | 'dark';
  scrollback: number;
  readOnly: boolean;
}

const isShortcut = (event: KeyboardEvent, code: string) =>
  event.type === 'keydown' &&
  event.ctrlKey &&
  event.shiftKey &&
  !event.altKey &&
  !event.metaKey &&
  event.code === code;

/** Creates the terminal in `element`; returns its disposal. */
function createTerminal(
  x: XtermBundle,
  element: HTMLElement,
  settings: Settings,
  latest: RefObject<XtermCallbacks>,
  onResults: (event: ISearchResultChangeEvent) => void,
): { term: Terminal; fit: FitAddon; search: SearchAddon; dispose(): void } {
  const term = new x.Terminal({
    allowProposedApi: true, // search decorations
    fontFamily: terminalFontFamily,
    fontSize: 13,
    lineHeight: 1.15,
    cursorBlink: true,
    scrollback: settings.scrollback,
    theme: terminalThemes[settings.scheme],
    disableStdin: settings.readOnly,
    rightClickSelectsWord: false,
  });
  const fit = new x.FitAddon();
  const search = new x.SearchAddon({ highlightLimit: 2000 });
  term.loadAddon(fit);
  term.loadAddon(search);
  term.loadAddon(
    new x.WebLinksAddon((event, uri) => {
      event.preventDefault();
      window.open(uri, '_blank', 'noopener,noreferrer');
    }),
  );
  term.attachCustomKeyEventHandler((event) => {
    if (latest.current.releaseKey?.(event)) return false;
    if (isShortcut(event, 'KeyF') || isShortcut(event, 'KeyC')) {
      event.preventDefault();
      if (event.code === 'KeyF') latest.current.onSearchKey();
      else latest.current.onCopyKey();
      return false;
    }
    // Ctrl+Shift+V: not for xterm (it would send ^V); the browser pastes into xterm's textarea.
    return !(event.ctrlKey && event.shiftKey && event.code === 'KeyV');
  });
  const undoOpen = openWithinCsp(term, element);
  const subscriptions = [
    term.onData((data) => latest.current.onData?.(data)),
    term.onResize(({ cols, rows }) => latest.current.onResize?.(cols, rows)),
    search.onDidChangeResults(onResults),
  ];

  let frame = 0;
  const refit = () => {
    frame = 0;
    if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
  };
  const observer = new ResizeObserver(() => {
    frame ||= requestAnimationFrame(refit);
  });
  observer.observe(element);
  refit();

  return {
    term,
    fit,
    search,
    dispose: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      subscriptions.forEach((subscription) => subscription.dispose());
      term.dispose();
      undoOpen();
    },
  };
}

/**
 * An xterm in `screen` (xterm itself loaded on first use): opened within the CSP, fitted to the
 * element (ResizeObserver), with search and web links; its colours follow the theme and its
 * scrollback the preference. `onReady` tells when output can be written.
 */
export function useXterm(
  screen: RefObject<HTMLDivElement | null>,
  callbacks: XtermCallbacks,
  readOnly: boolean,
): Xterm {
  const scheme = useColorScheme();
  const scrollback = useAppStore((state) => state.preferences.terminalScrollback);
  const terminal = useRef<Terminal | null>(null);
  const fitAddon = useRef<FitAddon | null>(null);
  const search = useRef<SearchAddon | null>(null);
  const latest = useRef(callbacks);
  const settings = useRef<Settings>({ scheme, scrollback, readOnly });
  const [results, setResults] = useState<ISearchResultChangeEvent | null>(null);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  useLayoutEffect(() => {
    latest.current = callbacks;
    settings.current = { scheme, scrollback, readOnly };
  });

  useLayoutEffect(() => {
    const element = screen.current;
    if (!element) return undefined;
    let dispose: (() => void) | undefined;
    let live = true;
    loadXterm().then(
      (x) => {
        if (!live) return;
        const created = createTerminal(x, element, settings.current, latest, setResults);
        terminal.current = created.term;
        fitAddon.current = created.fit;
        search.current = created.search;
        dispose = created.dispose;
        setReady(true);
        latest.current.onReady?.();
      },
      (error: unknown) => {
        if (live) setLoadError(errorMessage(error));
      },
    );
    return () => {
      live = false;
      terminal.current = null;
      fitAddon.current = null;
      search.current = null;
      dispose?.();
    };
  }, [screen]);

  useEffect(() => {
    if (terminal.current) terminal.current.options.theme = terminalThemes[scheme];
  }, [scheme, ready]);
  useEffect(() => {
    if (terminal.current) terminal.current.options.scrollback = scrollback;
  }, [scrollback, ready]);
  useEffect(() => {
    if (terminal.current) terminal.current.options.disableStdin = readOnly;
  }, [readOnly, ready]);

  const fit = useCallback(() => {
    const element = screen.current;
    if (element && element.clientWidth > 0 && element.clientHeight > 0) fitAddon.current?.fit();
  }, [screen]);

  return { terminal, search, results, ready, loadError, fit };
}
