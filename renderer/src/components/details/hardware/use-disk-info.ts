import { useEffect, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { DiskInfo } from '../../../../../shared/vm-details';
import { errorMessage } from '../../../store/error-message';
import { useAppStore } from '../../../store/store-context';

export type DiskInfoState =
  { kind: 'loading' } | { kind: 'ready'; disks: DiskInfo[] } | { kind: 'failed'; message: string };

/** The sizes of the VM's disks (vm.disks), reread whenever the saved config changes. */
export function useDiskInfo(uuid: string, baseline: VmConfig | null): DiskInfoState {
  const client = useAppStore((state) => state.client);
  const [state, setState] = useState<DiskInfoState>({ kind: 'loading' });
  useEffect(() => {
    if (baseline === null) return;
    let current = true;
    client.invoke('vm.disks', { vm: uuid }).then(
      (disks) => {
        if (current) setState({ kind: 'ready', disks });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [client, uuid, baseline]);
  return state;
}
