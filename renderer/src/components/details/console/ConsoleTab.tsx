import { useAppStore } from '../../../store/store-context';
import { ConsoleView } from './ConsoleView';
import './console.css';

/** The Console tab: the VM's graphical console (noVNC over the engine's ticketed proxy). */
export function ConsoleTab({ uuid }: { uuid: string }) {
  const vm = useAppStore((state) => state.vms.find((candidate) => candidate.uuid === uuid));
  return vm ? <ConsoleView vm={vm} /> : null;
}
