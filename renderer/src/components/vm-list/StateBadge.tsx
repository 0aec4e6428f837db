import type { VmState } from '../../../../shared/vm-state';
import { useMessages } from '../../i18n/use-messages';
import { stateLabelKeys, stateTones } from './labels';
import { StateIcon } from './StateIcon';
import './state-badge.css';

/** A VM's state as an icon and a word, coloured by tone: never the colour alone. */
export function StateBadge({ state, id }: { state: VmState; id?: string }) {
  const t = useMessages();
  return (
    <span id={id} className={`state-badge state-badge--${stateTones[state]}`} data-state={state}>
      <StateIcon state={state} />
      {t[stateLabelKeys[state]]}
    </span>
  );
}
