import type RFB from '@novnc/novnc';

let loading: Promise<typeof RFB> | undefined;

/**
 * noVNC, loaded the first time a console opens: its own chunk, so the main window does not wait
 * for it (noVNC probes the H.264 decoder with a top-level await when it loads).
 */
export function loadRfb(): Promise<typeof RFB> {
  loading ??= import('@novnc/novnc').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
