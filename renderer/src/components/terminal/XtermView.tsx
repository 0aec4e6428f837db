import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { TerminalMenu } from './TerminalMenu';
import { TerminalSearch } from './TerminalSearch';
import { useXterm } from './use-xterm';
import { writeInSlices } from './write-slices';
import './terminal.css';

/** What a terminal's owner does with it: output in, and the view's state. */
export interface XtermHandle {
  /** Writes output; `onWritten` runs once xterm has processed it (to acknowledge it to the engine). */
  write(data: string | Uint8Array, onWritten?: () => void): void;
  /** Empties the scrollback and the screen but for the cursor's line. */
  clear(): void;
  /** Back to a blank terminal, modes and all (before replaying a history). */
  reset(): void;
  focus(): void;
  /** Fits the terminal to its pane now, then gives its size. */
  fit(): { cols: number; rows: number };
}

interface XtermViewProps {
  /** The region's name, e.g. "Serial 0 terminal". */
  label: string;
  ref?: Ref<XtermHandle>;
  onData?(data: string): void;
  onResize?(cols: number, rows: number): void;
  /** The terminal exists (xterm loads on first use): from now on writes are shown. */
  onReady?(): void;
  /** Keys the terminal lets through to the page (e.g. Escape closes a dialog). */
  releaseKey?(event: KeyboardEvent): boolean;
  /** Typing goes nowhere (the VM is not running). */
  readOnly?: boolean;
  /** Buttons before the search box. */
  toolbar?: ReactNode;
  className?: string;
}

/**
 * A terminal pane: toolbar and search above an xterm that fills the rest (and follows its size),
 * copy with Ctrl+Shift+C, paste with Ctrl+Shift+V or the context menu.
 */
export function XtermView({
  label,
  ref,
  onData,
  onResize,
  onReady,
  releaseKey,
  readOnly = false,
  toolbar,
  className,
}: XtermViewProps) {
  const t = useMessages();
  const reportError = useAppStore((state) => state.reportError);
  const screen = useRef<HTMLDivElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; canCopy: boolean } | null>(null);

  const copy = () => {
    const selection = xterm.terminal.current?.getSelection() ?? '';
    if (selection === '') return;
    navigator.clipboard.writeText(selection).catch(() => reportError(new Error(t.tmCopyBlocked)));
  };
  const xterm = useXterm(
    screen,
    {
      onData,
      onResize,
      onReady,
      releaseKey,
      onSearchKey: () => searchInput.current?.select(),
      onCopyKey: copy,
    },
    readOnly,
  );
  const focus = () => xterm.terminal.current?.focus();
  // xterm names its input "Terminal input", in English: name it after the view instead.
  useEffect(() => {
    xterm.terminal.current?.textarea?.setAttribute('aria-label', label);
  }, [xterm.terminal, xterm.ready, label]);
  const closeMenu = useCallback(() => {
    setMenu(null);
    xterm.terminal.current?.focus();
  }, [xterm.terminal]);

  useImperativeHandle(
    ref,
    () => ({
      write: (data, onWritten) => {
        const term = xterm.terminal.current;
        if (term) writeInSlices(term, data, onWritten);
      },
      clear: () => xterm.terminal.current?.clear(),
      reset: () => xterm.terminal.current?.reset(),
      focus: () => xterm.terminal.current?.focus(),
      fit: () => {
        xterm.fit();
        const term = xterm.terminal.current;
        return { cols: term?.cols ?? 80, rows: term?.rows ?? 24 };
      },
    }),
    // The refs inside are stable: one handle for the view's life.
    [xterm.terminal, xterm.fit],
  );

  return (
    <div role="region" aria-label={label} className={className ? `xterm-view ${className}` : 'xterm-view'}>
      <div className="xterm-view__bar">
        <div className="xterm-view__tools">{toolbar}</div>
        <TerminalSearch search={xterm.search} results={xterm.results} input={searchInput} onLeave={focus} />
      </div>
      <div
        ref={screen}
        className="xterm-view__screen"
        onContextMenu={(event) => {
          event.preventDefault();
          const box = event.currentTarget.getBoundingClientRect();
          const fromKeyboard = event.clientX === 0 && event.clientY === 0;
          setMenu({
            x: fromKeyboard ? box.left + 16 : event.clientX,
            y: fromKeyboard ? box.top + 16 : event.clientY,
            canCopy: xterm.terminal.current?.hasSelection() ?? false,
          });
        }}
      />
      {xterm.loadError !== undefined && (
        <p className="xterm-view__problem" role="alert">
          {format(t.tmLoadFailed, { message: xterm.loadError })}
        </p>
      )}
      <p className="xterm-view__keys">{t.tmKeysHint}</p>
      {menu && (
        <TerminalMenu
          {...menu}
          onClose={closeMenu}
          onCopy={copy}
          onSelectAll={() => xterm.terminal.current?.selectAll()}
          onPaste={() => {
            navigator.clipboard.readText().then(
              (text) => xterm.terminal.current?.paste(text),
              () => reportError(new Error(t.tmPasteBlocked)),
            );
          }}
        />
      )}
    </div>
  );
}
