import { preferencesSchema, type Preferences } from '../../../shared/preferences';
import type { ContractClient } from '../../../shared/contract';
import type { VmStatus } from '../../../shared/vm-state';
import type { ConnectionStatus } from '../client/websocket-transport';

/** The lifecycle actions the VM list offers, each a `vm.<action>` request of the contract. */
export const vmActions = ['start', 'pause', 'resume', 'shutdown', 'forceOff'] as const;
export type VmAction = (typeof vmActions)[number];

/** An error the user sees until dismissed: the engine's message, never a stack. */
export interface VisibleError {
  id: number;
  message: string;
  /** The VM the error is about, by name, when known. */
  vmName?: string;
}

export interface AppState {
  connection: ConnectionStatus;
  /** True once connected at least once: a later 'connecting' is a reconnect. */
  hasConnected: boolean;
  /** True once `vm.list` has answered: before that the list is unknown, not empty. */
  vmsLoaded: boolean;
  vms: VmStatus[];
  /** VMs (by uuid) with a request in flight, and which action it is. */
  busy: Readonly<Record<string, VmAction>>;
  errors: VisibleError[];
  preferences: Preferences;
  /** The contract client, for features that make their own requests (wizard, hardware editor). */
  client: ContractClient;

  /** Shows an error to the user (optionally about a VM, by uuid); never swallow one. */
  reportError(error: unknown, uuid?: string): void;
  /** Told by the transport; every transition to 'connected' resyncs. */
  setConnection(status: ConnectionStatus): void;
  runAction(uuid: string, action: VmAction): Promise<void>;
  setPreferences(changes: Partial<Preferences>): Promise<void>;
  dismissError(id: number): void;
}

export const defaultPreferences: Preferences = preferencesSchema.parse({});
