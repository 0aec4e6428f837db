import { DetailsPane } from '../components/details/DetailsPane';
import { DialogHost } from '../components/dialogs/DialogHost';
import { EmptyState } from '../components/empty/EmptyState';
import { ErrorAlerts } from '../components/errors/ErrorAlerts';
import { Header } from '../components/header/Header';
import { RunningJobs } from '../components/jobs/RunningJobs';
import { Toolbar } from '../components/toolbar/Toolbar';
import { VmListPane } from '../components/vm-list/VmListPane';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store/store-context';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** virt-manager's layout: header, toolbar, errors, then the VM list beside the selected VM's details. */
export function MainWindow() {
  const t = useMessages();
  const loaded = useAppStore((state) => state.vmsLoaded);
  const empty = useAppStore((state) => state.vms.length === 0);
  useGlobalShortcuts();
  return (
    <div className="app">
      <Header />
      <Toolbar />
      <RunningJobs />
      <ErrorAlerts />
      <main className="app__main">
        {!loaded ? (
          <p className="app__loading">{t.loading}</p>
        ) : empty ? (
          <EmptyState />
        ) : (
          <div className="app__split">
            <VmListPane />
            <DetailsPane />
          </div>
        )}
      </main>
      <DialogHost />
    </div>
  );
}
