import { preferencesSchema, type Preferences } from '../../../shared/preferences';
import type { Capabilities } from '../../../shared/capabilities';
import type { ContractClient } from '../../../shared/contract';
import type { VmStatus } from '../../../shared/vm-state';
import type { ConnectionStatus } from '../client/websocket-transport';
import type { MetricsFeed } from '../metrics/metrics-feed';
import type { UiState } from './ui-state';

/** The lifecycle actions the VM list offers, each a `vm.<action>` request of the contract. */
export const vmActions = ['start', 'pause', 'resume', 'shutdown', 'reboot', 'forceOff', 'save'] as const;
export type VmAction = (typeof vmActions)[number];
/** What a VM can be busy with: a lifecycle action, or being deleted. */
export type BusyWith = VmAction | 'delete';

/** An error the user sees until dismissed: the engine's message, never a stack. */
export interface VisibleError {
  id: number;
  message: string;
  /** The VM the error is about, by name, when known. */
  vmName?: string;
}

export interface AppState extends UiState {
  connection: ConnectionStatus;
  /** True once connected at least once: a later 'connecting' is a reconnect. */
  hasConnected: boolean;
  /** True once `vm.list` has answered: before that the list is unknown, not empty. */
  vmsLoaded: boolean;
  vms: VmStatus[];
  /** VMs (by uuid) with a request in flight, and which action it is. */
  busy: Readonly<Record<string, BusyWith>>;
  errors: VisibleError[];
  preferences: Preferences;
  /** What the engine found on this host (QEMU, KVM), asked on every connect; null until it answers. */
  capabilities: Capabilities | null;
  /** The contract client, for features that make their own requests (wizard, hardware editor). */
  client: ContractClient;
  /** The live metrics stream (kept outside React state: charts draw from it once per frame). */
  metrics: MetricsFeed;

  /** Shows an error to the user (optionally about a VM, by uuid); never swallow one. */
  reportError(error: unknown, uuid?: string): void;
  /** Told by the transport; every transition to 'connected' resyncs. */
  setConnection(status: ConnectionStatus): void;
  runAction(uuid: string, action: VmAction): Promise<void>;
  /** Deletes a VM (its managed disks too unless kept); resolves whether it was deleted. */
  deleteVm(uuid: string, keepDisks: boolean): Promise<boolean>;
  setPreferences(changes: Partial<Preferences>): Promise<void>;
  dismissError(id: number): void;
}

export const defaultPreferences: Preferences = preferencesSchema.parse({});
