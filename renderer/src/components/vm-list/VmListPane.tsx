import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { focusDetailsTab } from '../details/focus-tab';
import { CommandMenu, type MenuAnchor } from '../toolbar/CommandMenu';
import { isCommandEnabled } from '../toolbar/commands';
import { visibleVms, type SortKey } from './filter-sort';
import { HostSummary } from './HostSummary';
import { ListControls } from './ListControls';
import { useSelectionFollowsList } from './use-selection-follows-list';
import { VmListbox } from './VmListbox';
import './vm-list.css';
import './vm-option.css';

/** The left pane: filter and sort, the VMs, and each VM's context menu. */
export function VmListPane() {
  const t = useMessages();
  const headingId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>('name');
  const [menu, setMenu] = useState<MenuAnchor | null>(null);
  const listbox = useRef<HTMLDivElement>(null);
  const vms = useAppStore((state) => state.vms);
  const openVm = useAppStore((state) => state.openVm);
  const setDialog = useAppStore((state) => state.setDialog);
  const connected = useAppStore((state) => state.connection === 'connected');
  const busy = useAppStore((state) => state.busy);

  const shown = useMemo(() => visibleVms(vms, filter, sort), [vms, filter, sort]);
  const ids = useMemo(() => shown.map((vm) => vm.uuid), [shown]);
  useSelectionFollowsList(ids);

  const closeMenu = useCallback(() => {
    setMenu(null);
    listbox.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }, []);

  const onDelete = (uuid: string) => {
    const state = vms.find((vm) => vm.uuid === uuid)?.state;
    const context = { state, connected, busy: busy[uuid] !== undefined };
    if (isCommandEnabled('delete', context)) setDialog({ kind: 'delete', uuid });
  };

  return (
    <section className="vm-pane" aria-labelledby={headingId}>
      <h2 className="vm-pane__heading">
        <span id={headingId}>{t.machinesHeading}</span>
        {/* Not part of the list's name; each option tells its position and the list's size. */}
        <span className="vm-pane__count" aria-hidden="true">
          {filter.trim() && shown.length !== vms.length
            ? format(t.mwShownOfTotal, { shown: shown.length, total: vms.length })
            : vms.length}
        </span>
      </h2>
      <ListControls filter={filter} sort={sort} onFilter={setFilter} onSort={setSort} />
      <div ref={listbox} className="vm-pane__list">
        {shown.length > 0 ? (
          <VmListbox
            vms={shown}
            labelledBy={headingId}
            onOpen={(uuid) => {
              openVm(uuid, 'overview');
              focusDetailsTab('overview');
            }}
            onDelete={onDelete}
            onMenu={(uuid, x, y) => setMenu({ uuid, x, y })}
          />
        ) : (
          <div className="vm-pane__no-match">
            <p>{format(t.mwNoMatches, { filter: filter.trim() })}</p>
            <button type="button" className="button" onClick={() => setFilter('')}>
              {t.mwClearFilter}
            </button>
          </div>
        )}
      </div>
      <HostSummary />
      {menu && <CommandMenu anchor={menu} onClose={closeMenu} />}
    </section>
  );
}
