import type { VmStatus } from '../../../../shared/vm-state';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { CpuSparkline } from './CpuSparkline';
import { OsIcon } from './OsIcon';
import { StateBadge } from './StateBadge';

interface VmOptionProps {
  vm: VmStatus;
  id: string;
  selected: boolean;
  /** 1-based position and the list's size: only some options are in the DOM at a time. */
  position: number;
  size: number;
}

/** One VM in the list; its accessible name is its name and state. */
export function VmOption({ vm, id, selected, position, size }: VmOptionProps) {
  const t = useMessages();
  const busy = useAppStore((state) => state.busy[vm.uuid] !== undefined);
  return (
    <div
      role="option"
      id={id}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={size}
      aria-labelledby={`${id}-name ${id}-state`}
      aria-busy={busy || undefined}
      data-uuid={vm.uuid}
      className="vm-option"
    >
      <OsIcon os={vm.os} />
      <span className="vm-option__text">
        <span id={`${id}-name`} className="vm-option__name">
          {vm.name}
        </span>
        <span className="vm-option__state">
          <StateBadge id={`${id}-state`} state={vm.state} />
          {busy && <span className="vm-option__working">{t.working}</span>}
        </span>
      </span>
      <CpuSparkline uuid={vm.uuid} />
    </div>
  );
}
