import { PreferencesForm } from './PreferencesForm';

/** The Preferences dialog: a modal form, fresh from the saved preferences each time it opens. */
export function PreferencesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <PreferencesForm onClose={onClose} /> : null;
}
