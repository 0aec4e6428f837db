import { useEffect, useState } from 'react';
import type { HostInfo } from '../../../../../shared/host';
import { useAppStore } from '../../../store/store-context';

/** The engine's host (memory, free disk space, whether a native file picker exists); null until known. */
export function useHostInfo(): HostInfo | null {
  const client = useAppStore((state) => state.client);
  const [info, setInfo] = useState<HostInfo | null>(null);
  useEffect(() => {
    let current = true;
    client.invoke('engine.hostInfo', {}).then(
      (answer) => {
        if (current) setInfo(answer);
      },
      // Without it the tab still works: paths are typed, host memory is not shown.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client]);
  return info;
}
