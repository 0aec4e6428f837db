import { useMessages } from '../../i18n/use-messages';
import { useSelectedVm } from '../../store/selectors';
import { VmDetails } from './VmDetails';
import './details.css';
import './log-view.css';

/** The right pane: the selected VM's details, remounted (fresh state) for each VM. */
export function DetailsPane() {
  const t = useMessages();
  const vm = useSelectedVm();
  if (!vm) {
    return (
      <div className="details details--none">
        <p>{t.mwNoSelection}</p>
      </div>
    );
  }
  return <VmDetails key={vm.uuid} vm={vm} />;
}
