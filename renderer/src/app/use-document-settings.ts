import { useEffect } from 'react';
import { useLanguage } from '../i18n/use-messages';
import { useAppStore } from '../store/store-context';

/**
 * Mirrors the preferences onto <html>: `lang` for the language in use, and `data-theme` for an
 * explicit light/dark choice (absent for 'auto', where CSS follows prefers-color-scheme).
 */
export function useDocumentSettings(): void {
  const theme = useAppStore((state) => state.preferences.theme);
  const language = useLanguage();

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
