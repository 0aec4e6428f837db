import { useEffect, useState } from 'react';
import type { HostInfo } from '../../../../shared/host';
import { useAppStore } from '../../store/store-context';

/** engine.hostInfo, asked once per mount; null until it answers (or if it fails, which is reported). */
export function useHostInfo(): HostInfo | null {
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const [info, setInfo] = useState<HostInfo | null>(null);
  useEffect(() => {
    let live = true;
    client.invoke('engine.hostInfo', {}).then(
      (answer) => {
        if (live) setInfo(answer);
      },
      (error: unknown) => {
        if (live) reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, reportError]);
  return info;
}
