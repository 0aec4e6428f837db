import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../../store/store-context';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The scheme in effect: the theme preference, or the system's when it is "auto". */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useAppStore((state) => state.preferences.theme);
  const systemDark = useSyncExternalStore(
    (notify) => {
      const media = query();
      media.addEventListener('change', notify);
      return () => media.removeEventListener('change', notify);
    },
    () => query().matches,
  );
  if (theme !== 'auto') return theme;
  return systemDark ? 'dark' : 'light';
}
