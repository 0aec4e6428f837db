import { FirstRunScreen } from '../components/first-run/FirstRunScreen';
import { PreferencesDialog } from '../components/preferences/PreferencesDialog';
import { NewVmWizard } from '../components/wizard/NewVmWizard';
import { useAppStore } from '../store/store-context';
import { MainWindow } from './MainWindow';
import { useDocumentSettings } from './use-document-settings';
import '../styles/forms.css';
import './app.css';

/**
 * The window: the first-run screen when the engine reports problems with this host (no QEMU, no
 * KVM…) until the user continues, else the main window; the wizard and preferences over either.
 */
export function App() {
  useDocumentSettings();
  const problems = useAppStore((state) => state.capabilities?.problems.length ?? 0);
  const firstRunDismissed = useAppStore((state) => state.firstRunDismissed);
  const dismissFirstRun = useAppStore((state) => state.dismissFirstRun);
  const wizardOpen = useAppStore((state) => state.wizardOpen);
  const setWizardOpen = useAppStore((state) => state.setWizardOpen);
  const preferencesOpen = useAppStore((state) => state.preferencesOpen);
  const setPreferencesOpen = useAppStore((state) => state.setPreferencesOpen);
  const openVm = useAppStore((state) => state.openVm);
  return (
    <>
      {problems > 0 && !firstRunDismissed ? <FirstRunScreen onContinue={dismissFirstRun} /> : <MainWindow />}
      <NewVmWizard
        open={wizardOpen}
        onClose={() => setWizardOpen(false)}
        onCreated={(uuid, tab) => {
          setWizardOpen(false);
          openVm(uuid, tab);
        }}
      />
      <PreferencesDialog open={preferencesOpen} onClose={() => setPreferencesOpen(false)} />
    </>
  );
}
