import { useEffect, useEffectEvent, useState } from 'react';
import type { OsEntry } from '../../../../shared/os-info';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';

export type IsoDetection =
  | { status: 'idle' }
  | { status: 'detecting' }
  | { status: 'done'; volumeId: string | null; os: OsEntry | null }
  | { status: 'failed'; message: string };

/**
 * `osinfo.detect` of an ISO the engine has checked (`enabled`): its volume ID and the OS it names.
 * `onDetected` hears each answer, to preselect that OS.
 */
export function useIsoDetection(
  isoPath: string,
  enabled: boolean,
  onDetected: (os: OsEntry | null) => void,
): IsoDetection {
  const client = useAppStore((state) => state.client);
  const [answer, setAnswer] = useState<{ path: string; detection: IsoDetection } | null>(null);
  const detected = useEffectEvent(onDetected);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    client.invoke('osinfo.detect', { isoPath }).then(
      ({ volumeId, os }) => {
        if (!live) return;
        setAnswer({ path: isoPath, detection: { status: 'done', volumeId, os } });
        detected(os);
      },
      (error: unknown) => {
        if (live) setAnswer({ path: isoPath, detection: { status: 'failed', message: errorMessage(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [client, isoPath, enabled]);

  if (!enabled) return { status: 'idle' };
  return answer?.path === isoPath ? answer.detection : { status: 'detecting' };
}
