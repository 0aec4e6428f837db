import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ConsoleIcon, type ConsoleIconName } from './ConsoleIcon';
import { menuKeyAction } from './menu-keys';
import './console-menu.css';

export interface MenuEntry {
  id: string;
  label: string;
  /** Unavailable: still listed and focusable, but does nothing. */
  disabled?: boolean;
  /** Shown under the label (and read with it): why it is unavailable, say. */
  description?: string;
  onSelect(): void;
}

interface MenuButtonProps {
  label: string;
  icon: ConsoleIconName;
  items: readonly MenuEntry[];
  enabled?: boolean;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
}

/**
 * A toolbar button opening a role=menu below it. Enter, Space or Down open it on the first item,
 * Up on the last; arrows, Home and End move; Escape closes back to the button; Tab and a click
 * elsewhere close it.
 */
export function MenuButton({ label, icon, items, enabled = true, align = 'start' }: MenuButtonProps) {
  const [opened, setOpen] = useState<'first' | 'last' | null>(null);
  // A menu whose button becomes unavailable (the VM stopped) closes.
  const open = enabled ? opened : null;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useLayoutEffect(() => {
    if (!open) return;
    const entries = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    entries?.[open === 'first' ? 0 : entries.length - 1]?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!enabled) return;
    const where = { ArrowDown: 'first', ArrowUp: 'last' } as const;
    const at = event.key === 'ArrowDown' || event.key === 'ArrowUp' ? where[event.key] : undefined;
    if (!at) return;
    event.preventDefault();
    setOpen(at);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = entries.findIndex((entry) => entry === document.activeElement);
    const action = menuKeyAction(at, entries.length, event.key);
    if (!action) return;
    // Arrows inside the menu must not also move along the toolbar.
    event.stopPropagation();
    if (action.kind === 'focus') {
      event.preventDefault();
      entries[action.index]?.focus();
    } else {
      if (action.refocusButton) event.preventDefault();
      close(action.refocusButton);
    }
  };

  return (
    <div className="console-menu">
      <button
        ref={button}
        type="button"
        className="console-tool"
        data-console-tool=""
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        aria-disabled={!enabled || undefined}
        title={label}
        onClick={() => enabled && setOpen(open ? null : 'first')}
        onKeyDown={onButtonKey}
      >
        <ConsoleIcon name={icon} />
        <span className="console-tool__label">{label}</span>
        <ConsoleIcon name="chevron" />
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`console-menu__list console-menu__list--${align}`}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <MenuItem key={item.id} item={item} onChosen={() => close(true)} />
          ))}
        </div>
      )}
    </div>
  );
}

function MenuItem({ item, onChosen }: { item: MenuEntry; onChosen(): void }) {
  const labelId = useId();
  const descriptionId = useId();
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="console-menu__item"
      aria-disabled={item.disabled || undefined}
      aria-labelledby={labelId}
      aria-describedby={item.description ? descriptionId : undefined}
      onClick={() => {
        if (item.disabled) return;
        onChosen();
        item.onSelect();
      }}
    >
      <span id={labelId} className="console-menu__label">
        {item.label}
      </span>
      {item.description && (
        <span id={descriptionId} className="console-menu__description">
          {item.description}
        </span>
      )}
    </button>
  );
}
