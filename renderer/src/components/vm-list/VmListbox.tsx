import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { useCssVars } from '../../app/use-css-vars';
import { useAppStore } from '../../store/store-context';
import { isNavigationKey, moveSelection } from './list-navigation';
import { VmOption } from './VmOption';

/** Every option's height in px; vm-list.css gives .vm-option the same. */
export const OPTION_HEIGHT = 56;

interface VmListboxProps {
  vms: readonly VmStatus[];
  labelledBy: string;
  /** Enter or a double click: show the VM's details. */
  onOpen(uuid: string): void;
  /** Delete: ask to delete the VM. */
  onDelete(uuid: string): void;
  /** A right click, Shift+F10 or the ContextMenu key: the VM's menu, at viewport coordinates. */
  onMenu(uuid: string, x: number, y: number): void;
}

/**
 * The VMs as a single-select listbox, virtualized so 500 of them stay fast: only the options in
 * view (and a few around) are in the DOM. Focus stays on the listbox; aria-activedescendant names
 * the selected option, which is always scrolled into view.
 */
export function VmListbox({ vms, labelledBy, onOpen, onDelete, onMenu }: VmListboxProps) {
  const idPrefix = useId();
  const optionId = (uuid: string) => `${idPrefix}-${uuid}`;
  const selected = useAppStore((state) => state.selectedUuid);
  const selectVm = useAppStore((state) => state.selectVm);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: vms.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => OPTION_HEIGHT,
    getItemKey: (index) => vms[index]?.uuid ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const space = useCssVars<HTMLDivElement>({ '--list-height': `${virtualizer.getTotalSize()}px` });
  const windowed = useCssVars<HTMLDivElement>({ '--list-offset': `${items[0]?.start ?? 0}px` });

  const selectedIndex = vms.findIndex((vm) => vm.uuid === selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const selectedRendered = items.some((item) => item.index === selectedIndex);

  const menuAtSelected = () => {
    if (!selected) return;
    const option = document.getElementById(optionId(selected));
    const box = (option ?? scroller.current)?.getBoundingClientRect();
    if (box) onMenu(selected, box.left + 24, box.bottom - 4);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ids = vms.map((vm) => vm.uuid);
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const pageSize = Math.floor((scroller.current?.clientHeight ?? 0) / OPTION_HEIGHT);
      selectVm(moveSelection(ids, selected, event.key, pageSize));
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onOpen(selected);
    } else if (event.key === 'Delete' && selected) {
      event.preventDefault();
      onDelete(selected);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      menuAtSelected();
    }
  };

  const uuidAt = (event: MouseEvent) =>
    (event.target as Element).closest<HTMLElement>('[role="option"]')?.dataset['uuid'];

  return (
    <div
      ref={scroller}
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-activedescendant={selected && selectedRendered ? optionId(selected) : undefined}
      className="vm-listbox"
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const uuid = uuidAt(event);
        if (uuid) selectVm(uuid);
      }}
      onDoubleClick={(event) => {
        const uuid = uuidAt(event);
        if (uuid) onOpen(uuid);
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        const uuid = uuidAt(event);
        // From the keyboard the event targets the listbox itself: open at the selected option.
        if (!uuid) return menuAtSelected();
        selectVm(uuid);
        scroller.current?.focus();
        onMenu(uuid, event.clientX, event.clientY);
      }}
    >
      <div ref={space} className="vm-listbox__space">
        <div ref={windowed} className="vm-listbox__window">
          {items.map((item) => {
            const vm = vms[item.index];
            if (!vm) return null;
            return (
              <VmOption
                key={vm.uuid}
                vm={vm}
                id={optionId(vm.uuid)}
                selected={vm.uuid === selected}
                position={item.index + 1}
                size={vms.length}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
