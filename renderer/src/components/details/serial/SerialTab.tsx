import { useState } from 'react';
import { consoleIds } from '../../../../../shared/vm-consoles';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { LoadProblem } from '../LoadProblem';
import { useRequest } from '../use-request';
import { consoleLabel } from './console-labels';
import { ConsoleTabs, consolePanelId, consoleTabId } from './ConsoleTabs';
import { SerialConsole } from './SerialConsole';
import './serial.css';

/** The Serial tab: one sub-tab per text console of the VM, each a live terminal. */
export function SerialTab({ uuid }: { uuid: string }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const vm = useAppStore((state) => state.vms.find((v) => v.uuid === uuid));
  const setDetailsTab = useAppStore((state) => state.setDetailsTab);
  const details = useRequest(
    () => client.invoke('vm.get', { vm: uuid }),
    `${uuid}:${vm?.state ?? ''}:${String(vm?.needsRestart)}`,
  );
  const [chosen, setChosen] = useState<string>();

  if (!vm) return null;
  if (!details.data) {
    return details.error ? (
      <LoadProblem message={details.error} onRetry={details.reload} />
    ) : (
      <p className="serial-tab__message">{t.tmLoadingConsoles}</p>
    );
  }
  const ports = details.data.config ? consoleIds(details.data.config) : [];
  const current = chosen !== undefined && ports.includes(chosen) ? chosen : ports[0];
  if (current === undefined) {
    return (
      <div className="serial-tab__none">
        <h3 className="serial-tab__none-title">{t.tmNoSerialTitle}</h3>
        <p className="serial-tab__message">{t.tmNoSerialBody}</p>
        <button type="button" className="button" onClick={() => setDetailsTab('hardware')}>
          {t.tmOpenHardware}
        </button>
      </div>
    );
  }
  return (
    <div className="serial-tab">
      <ConsoleTabs ports={ports} current={current} onSelect={setChosen} />
      <div
        id={consolePanelId}
        role="tabpanel"
        aria-labelledby={consoleTabId(current)}
        className="serial-tab__panel"
      >
        <SerialConsole key={current} vm={vm} port={current} label={consoleLabel(current, t)} />
      </div>
    </div>
  );
}
