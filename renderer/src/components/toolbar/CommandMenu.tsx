import { Fragment, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { CommandIcon } from './CommandIcon';
import { commandGroups, commandLabels } from './commands';
import { useCommandState, useRunCommand } from './use-commands';
import './command-menu.css';

export interface MenuAnchor {
  uuid: string;
  /** Viewport coordinates of the menu's top-left corner (it shifts to stay on screen). */
  x: number;
  y: number;
}

interface CommandMenuProps {
  anchor: MenuAnchor;
  /** Closes the menu; the caller puts focus back where it belongs. */
  onClose(): void;
}

/**
 * The context menu of a VM in the list: the toolbar's commands, unavailable ones aria-disabled
 * (still reachable, so the menu reads the same every time). Arrows, Home and End move; Escape,
 * Tab and a click elsewhere close it.
 */
export function CommandMenu({ anchor, onClose }: CommandMenuProps) {
  const t = useMessages();
  const vm = useAppStore((state) => state.vms.find((v) => v.uuid === anchor.uuid));
  const { enabled } = useCommandState(vm);
  const run = useRunCommand();
  const menu = useRef<HTMLDivElement>(null);

  // Placed through the CSSOM (the CSP allows no style attributes), kept inside the window.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const x = Math.max(8, Math.min(anchor.x, window.innerWidth - width - 8));
    const y = Math.max(8, Math.min(anchor.y, window.innerHeight - height - 8));
    element.style.setProperty('--menu-x', `${x}px`);
    element.style.setProperty('--menu-y', `${y}px`);
    const items = [...element.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    (items.find((item) => item.getAttribute('aria-disabled') !== 'true') ?? items[0])?.focus();
  }, [anchor, menu]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    const close = () => onClose();
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', close);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', close);
      window.removeEventListener('resize', close);
    };
  }, [menu, onClose]);

  if (!vm) return null;
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={format(t.mwActionsFor, { vm: vm.name })}
      className="command-menu"
      onKeyDown={(event) => onMenuKey(event, onClose)}
      onContextMenu={(event) => event.preventDefault()}
    >
      {commandGroups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 && <div role="separator" className="command-menu__separator" />}
          {group.map((command) => {
            const on = enabled(command);
            return (
              <button
                key={command}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-command={command}
                aria-disabled={!on || undefined}
                className={`command-menu__item${command === 'forceOff' || command === 'delete' ? ' command-menu__item--danger' : ''}`}
                onClick={() => {
                  if (!on) return;
                  onClose();
                  run(command, vm.uuid);
                }}
              >
                <CommandIcon command={command} />
                {t[commandLabels[command]]}
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}

function onMenuKey(event: KeyboardEvent<HTMLDivElement>, onClose: () => void): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.findIndex((item) => item === document.activeElement);
  const last = items.length - 1;
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last }[event.key];
  if (target !== undefined) {
    event.preventDefault();
    items[(target + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault();
    onClose();
  }
}
