import { useMemo } from 'react';
import { useLanguage } from '../../i18n/use-messages';

/** Formats an ISO timestamp as a local date and time, in the language in use. */
export function useFormatTime(): (iso: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    return (iso: string) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : formatter.format(time);
    };
  }, [language]);
}
