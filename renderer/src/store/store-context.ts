import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state';
import type { AppStore } from './create-app-store';

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the app store of the nearest provider; select primitives or stable references. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return useStore(store, selector);
}
