import { useAppStore } from '../../../store/store-context';
import { useRequest, type RequestState } from '../use-request';
import { consoleConfig, type ConsoleConfig } from './console-config';

/** The console's view of the saved config (null when it cannot be read), again on each state change. */
export function useConsoleConfig(uuid: string, state: string): RequestState<ConsoleConfig | null> {
  const client = useAppStore((s) => s.client);
  return useRequest(
    () => client.invoke('vm.get', { vm: uuid }).then(({ config }) => config && consoleConfig(config)),
    `${uuid}:${state}`,
  );
}
