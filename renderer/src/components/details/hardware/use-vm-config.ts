import { useCallback, useEffect, useRef, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { errorMessage } from '../../../store/error-message';
import { useAppStore } from '../../../store/store-context';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'broken'; status: VmStatus }
  | { phase: 'ready'; status: VmStatus; config: VmConfig };

/**
 * A VM's saved config, from vm.get. `onLoaded` hears every config read (first load, reloads);
 * later reads are asked for by `reload`. Answers that arrive after a newer request are dropped.
 */
export function useVmConfig(uuid: string, onLoaded: (config: VmConfig) => void) {
  const client = useAppStore((state) => state.client);
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const ticket = useRef(0);
  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  });

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    client.invoke('vm.get', { vm: uuid }).then(
      ({ status, config }) => {
        if (mine !== ticket.current) return;
        if (!config) {
          setState({ phase: 'broken', status });
          return;
        }
        setState({ phase: 'ready', status, config });
        loaded.current(config);
      },
      (error: unknown) => {
        if (mine === ticket.current) setState({ phase: 'failed', message: errorMessage(error) });
      },
    );
  }, [client, uuid]);

  useEffect(reload, [reload]);

  /** Takes a config the engine answered with (vm.update, vm.addDisk, vm.removeDisk). */
  const accept = useCallback((status: VmStatus, config: VmConfig) => {
    ticket.current++;
    setState({ phase: 'ready', status, config });
  }, []);

  return { state, reload, accept };
}
