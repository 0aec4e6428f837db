import type { ReactNode } from 'react';
import type { VmStatus } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { detailsTabs, type DetailsTab } from '../../store/ui-state';
import { OsIcon } from '../vm-list/OsIcon';
import { StateBadge } from '../vm-list/StateBadge';
import { HardwareTab } from './hardware/HardwareTab';
import { PerformanceTab } from './performance/PerformanceTab';
import { SnapshotsTab } from './snapshots/SnapshotsTab';
import { SerialTab } from './serial/SerialTab';
import { ConsoleTab } from './console/ConsoleTab';
import { DetailsTabs } from './DetailsTabs';
import { panelId, tabId } from './focus-tab';
import { LogTab } from './log/LogTab';
import { OverviewTab } from './overview/OverviewTab';

function panelContent(tab: DetailsTab, vm: VmStatus): ReactNode {
  switch (tab) {
    case 'overview':
      return <OverviewTab vm={vm} />;
    case 'console':
      return <ConsoleTab uuid={vm.uuid} />;
    case 'serial':
      return <SerialTab uuid={vm.uuid} />;
    case 'performance':
      return <PerformanceTab vm={vm} />;
    case 'hardware':
      return <HardwareTab uuid={vm.uuid} />;
    case 'snapshots':
      return <SnapshotsTab vm={vm} />;
    case 'log':
      return <LogTab vm={vm} />;
  }
}

/** One VM's details: its name and state, then tabs. Only the selected tab's panel is filled. */
export function VmDetails({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const current = useAppStore((state) => state.detailsTab);
  const label = format(t.mwDetailsOf, { vm: vm.name });
  return (
    <section className="details" aria-label={label}>
      <header className="details__header">
        <OsIcon os={vm.os} size={40} />
        <div className="details__title">
          <h2 className="details__name">{vm.name}</h2>
          {vm.os && <p className="details__os">{vm.os.name}</p>}
        </div>
        <StateBadge state={vm.state} />
      </header>
      <DetailsTabs label={label} />
      {detailsTabs.map((tab) => (
        <div
          key={tab}
          id={panelId(tab)}
          role="tabpanel"
          aria-labelledby={tabId(tab)}
          tabIndex={0}
          hidden={tab !== current}
          className="details__panel"
        >
          {tab === current && panelContent(tab, vm)}
        </div>
      ))}
    </section>
  );
}
