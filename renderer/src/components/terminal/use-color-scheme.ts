import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../store/store-context';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The scheme in use: the theme preference, or for 'auto' the system's (followed live). */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useAppStore((state) => state.preferences.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches);
  if (theme !== 'auto') return theme;
  return systemDark ? 'dark' : 'light';
}
