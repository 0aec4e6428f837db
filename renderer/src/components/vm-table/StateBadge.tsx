import type { VmState } from '../../../../shared/vm-state';
import { useMessages } from '../../i18n/use-messages';
import { stateLabelKeys, stateTones } from './labels';
import { StateIcon } from './StateIcon';

export function StateBadge({ state }: { state: VmState }) {
  const t = useMessages();
  return (
    <span className={`state-badge state-badge--${stateTones[state]}`} data-state={state}>
      <StateIcon state={state} />
      {t[stateLabelKeys[state]]}
    </span>
  );
}
