import { shellQuote } from '../../../../shared/shell-quote';
import type { VmStatus } from '../../../../shared/vm-state';
import { interpolate } from '../../i18n/interpolate';
import { useMessages } from '../../i18n/use-messages';
import { ComingPanel } from './ComingPanel';

export function ConsolePanel({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const socket = vm.sockets?.vnc;
  return (
    <ComingPanel
      body={t.mwComingConsole}
      meanwhile={socket ? interpolate(t.mwComingConsoleSocket, { socket: <code>{socket}</code> }) : undefined}
    />
  );
}

export function SerialPanel({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const command = shellQuote(['vireo', 'serial', vm.name, '--follow']);
  return (
    <ComingPanel
      body={t.mwComingSerial}
      meanwhile={interpolate(t.mwComingSerialCli, { command: <code>{command}</code> })}
    />
  );
}

export function PerformancePanel() {
  const t = useMessages();
  return <ComingPanel body={t.mwComingPerformance} />;
}

export function SnapshotsPanel() {
  const t = useMessages();
  return <ComingPanel body={t.mwComingSnapshots} />;
}
