import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/store-context';
import type { Messages } from './en';
import { dictionaries, resolveLanguage, type Language } from './languages';

function subscribeToBrowserLanguage(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The language in use: the preference, or for 'auto' the browser's (followed live). */
export function useLanguage(): Language {
  const preference = useAppStore((state) => state.preferences.language);
  const browserLanguage = useSyncExternalStore(subscribeToBrowserLanguage, () => navigator.language);
  return resolveLanguage(preference, browserLanguage);
}

/** The dictionary of the language in use: `const t = useMessages(); t.start`. */
export function useMessages(): Messages {
  return dictionaries[useLanguage()];
}
