import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';

export interface TerminalMenuProps {
  x: number;
  y: number;
  canCopy: boolean;
  onCopy(): void;
  onPaste(): void;
  onSelectAll(): void;
  /** Closes the menu; focus goes back to the terminal. */
  onClose(): void;
}

/** The terminal's context menu: Copy, Paste, Select all. Arrows move, Escape and Tab close. */
export function TerminalMenu({ x, y, canCopy, onCopy, onPaste, onSelectAll, onClose }: TerminalMenuProps) {
  const t = useMessages();
  const menu = useRef<HTMLDivElement>(null);

  // Placed through the CSSOM (the CSP allows no style attributes), kept inside the window.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    element.style.setProperty('--menu-x', `${Math.max(8, Math.min(x, window.innerWidth - width - 8))}px`);
    element.style.setProperty('--menu-y', `${Math.max(8, Math.min(y, window.innerHeight - height - 8))}px`);
    element.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [x, y]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const item = (label: string, run: () => void, enabled = true) => (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-disabled={!enabled || undefined}
      className="terminal-menu__item"
      onClick={() => {
        if (!enabled) return;
        onClose();
        run();
      }}
    >
      {label}
    </button>
  );

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t.tmMenuLabel}
      className="terminal-menu"
      onKeyDown={(event) => onMenuKey(event, onClose)}
      onContextMenu={(event) => event.preventDefault()}
    >
      {item(t.tmCopy, onCopy, canCopy)}
      {item(t.tmPaste, onPaste)}
      <div role="separator" className="terminal-menu__separator" />
      {item(t.tmSelectAll, onSelectAll)}
    </div>
  );
}

function onMenuKey(event: KeyboardEvent<HTMLDivElement>, onClose: () => void): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.findIndex((element) => element === document.activeElement);
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (target !== undefined) {
    event.preventDefault();
    items[(target + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }
}
