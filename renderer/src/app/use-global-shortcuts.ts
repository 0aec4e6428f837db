import { useEffect } from 'react';
import { useAppStore } from '../store/store-context';

/** Ctrl+N (⌘N on macOS) opens the New VM wizard from anywhere in the main window. */
export function useGlobalShortcuts(): void {
  const openWizard = useAppStore((state) => state.setWizardOpen);
  const connected = useAppStore((state) => state.connection === 'connected');
  const blocked = useAppStore((state) => state.dialog !== null || state.preferencesOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      if (connected && !blocked) openWizard(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openWizard, connected, blocked]);
}
