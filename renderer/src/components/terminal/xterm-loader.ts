import type * as XtermModules from './xterm-bundle';

export type XtermBundle = typeof XtermModules;

let loading: Promise<XtermBundle> | undefined;

/**
 * Loads xterm when the first terminal is shown, not with the window. The chunk imports nothing the
 * window's own chunk has, so the bundler leaves everything else where it was. A failed load is
 * tried again next time.
 */
export function loadXterm(): Promise<XtermBundle> {
  loading ??= import('./xterm-bundle').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
