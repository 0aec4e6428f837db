import { useId } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import type { Messages } from '../../i18n/en';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { formatMemory } from './labels';
import { StateBadge } from './StateBadge';
import { UnknownValue } from './UnknownValue';
import { VmActions } from './VmActions';

/** Why a VM is broken, or how a crashed one last ended. */
function detailOf(vm: VmStatus, t: Messages): string | undefined {
  if (vm.state === 'broken' && vm.problem) return format(t.problem, { problem: vm.problem });
  if (vm.state === 'crashed' && vm.lastExit) return format(t.lastExit, { reason: vm.lastExit.reason });
  return undefined;
}

/** One VM; the row's accessible name is the VM's name. */
export function VmRow({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const nameId = useId();
  const busy = useAppStore((state) => state.busy[vm.uuid] !== undefined);
  const detail = detailOf(vm, t);
  return (
    <tr className="vm-row" aria-labelledby={nameId} aria-busy={busy || undefined} data-uuid={vm.uuid}>
      <th scope="row" className="vm-row__name">
        <span id={nameId} className="vm-row__title">
          {vm.name}
        </span>
        {detail && <span className={`vm-row__detail vm-row__detail--${vm.state}`}>{detail}</span>}
      </th>
      <td>
        <StateBadge state={vm.state} />
        {busy && <span className="visually-hidden">{t.working}</span>}
      </td>
      <td className="vm-table__number">{vm.vcpus ?? <UnknownValue />}</td>
      <td className="vm-table__number">
        {vm.memoryMiB === null ? <UnknownValue /> : formatMemory(vm.memoryMiB)}
      </td>
      <td className="vm-table__actions">
        <VmActions uuid={vm.uuid} state={vm.state} />
      </td>
    </tr>
  );
}
