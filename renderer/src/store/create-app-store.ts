import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContractClient } from '../../../shared/contract';
import type { VmStatus } from '../../../shared/vm-state';
import { defaultPreferences, type AppState, type VmAction } from './app-state';
import { MetricsFeed } from '../metrics/metrics-feed';
import { errorMessage } from './error-message';
import { createUiState } from './ui-state';
import { applyChange, type VmChange } from './vm-list';

export type AppStore = StoreApi<AppState>;

/**
 * The app's state around one contract client. Every transition to 'connected' (first connect or
 * reconnect) refetches the VM list, the preferences and the host's capabilities; events keep them
 * current in between. The main window's own state (selection, tab, dialogs) lives here too.
 * Takes the client so tests can pass a fake; `connectAppStore` wires it to the real one.
 */
export function createAppStore(client: ContractClient): AppStore {
  let nextErrorId = 1;
  let listTicket = 0;
  /** Changes seen while a `vm.list` is in flight, replayed over its (older) answer. */
  let changesDuringList: VmChange[] | undefined;
  const metrics = new MetricsFeed(client);

  const store: AppStore = createStore<AppState>()((set, get) => ({
    connection: 'connecting',
    hasConnected: false,
    vmsLoaded: false,
    vms: [],
    busy: {},
    errors: [],
    preferences: defaultPreferences,
    capabilities: null,
    client,
    metrics,
    ...createUiState((partial) => set(partial)),

    reportError(error, uuid) {
      pushError(errorMessage(error), uuid);
    },

    setConnection(status) {
      const wasConnected = get().connection === 'connected';
      set((state) => ({ connection: status, hasConnected: state.hasConnected || status === 'connected' }));
      if (status === 'connected' && !wasConnected) resync();
    },

    async runAction(uuid, action) {
      if (get().busy[uuid]) return;
      set((state) => ({ busy: { ...state.busy, [uuid]: action } }));
      try {
        change({ kind: 'upsert', vm: await invokeAction(uuid, action) });
      } catch (error) {
        pushError(errorMessage(error), uuid);
      } finally {
        set((state) => ({ busy: withoutKey(state.busy, uuid) }));
      }
    },

    async deleteVm(uuid, keepDisks) {
      if (get().busy[uuid]) return false;
      set((state) => ({ busy: { ...state.busy, [uuid]: 'delete' } }));
      try {
        await client.invoke('vm.delete', { vm: uuid, keepDisks });
        change({ kind: 'remove', uuid });
        return true;
      } catch (error) {
        pushError(errorMessage(error), uuid);
        return false;
      } finally {
        set((state) => ({ busy: withoutKey(state.busy, uuid) }));
      }
    },

    async setPreferences(changes) {
      const before = get().preferences;
      set({ preferences: { ...before, ...changes } });
      try {
        set({ preferences: await client.invoke('preferences.set', { changes }) });
      } catch (error) {
        set({ preferences: before });
        pushError(errorMessage(error));
      }
    },

    dismissError(id) {
      set((state) => ({ errors: state.errors.filter((error) => error.id !== id) }));
    },
  }));
  const { setState: set, getState: get } = store;

  function invokeAction(uuid: string, action: VmAction): Promise<VmStatus> {
    const request: `vm.${VmAction}` = `vm.${action}`;
    return client.invoke(request, { vm: uuid });
  }

  function pushError(message: string, uuid?: string): void {
    const vmName = uuid === undefined ? undefined : get().vms.find((vm) => vm.uuid === uuid)?.name;
    // Name the VM unless the message already does (the engine's often quote it).
    const named = vmName !== undefined && !message.includes(vmName);
    const visible = { id: nextErrorId++, message, ...(named ? { vmName } : {}) };
    set((state) => ({ errors: [...state.errors, visible] }));
  }

  function change(vmChange: VmChange): void {
    changesDuringList?.push(vmChange);
    set((state) => ({ vms: applyChange(state.vms, vmChange) }));
  }

  function resync(): void {
    const ticket = ++listTicket;
    changesDuringList = [];
    client.invoke('vm.list', {}).then(
      (vms) => {
        if (ticket !== listTicket) return;
        const replay = changesDuringList ?? [];
        changesDuringList = undefined;
        set({ vms: replay.reduce(applyChange, vms), vmsLoaded: true });
      },
      (error: unknown) => {
        if (ticket !== listTicket) return;
        changesDuringList = undefined;
        pushError(errorMessage(error));
      },
    );
    client.invoke('preferences.get', {}).then(
      (preferences) => set({ preferences }),
      (error: unknown) => pushError(errorMessage(error)),
    );
    metrics.subscribe().catch((error: unknown) => pushError(errorMessage(error)));
    client.invoke('engine.capabilities', {}).then(
      (capabilities) => set({ capabilities }),
      (error: unknown) => pushError(errorMessage(error)),
    );
  }

  client.on('vm.stateChanged', (vm) => change({ kind: 'upsert', vm }));
  client.on('vm.added', (vm) => change({ kind: 'upsert', vm }));
  client.on('vm.removed', ({ uuid }) => change({ kind: 'remove', uuid }));
  client.on('preferences.changed', (preferences) => set({ preferences }));
  client.on('engine.error', (payload) => pushError(payload.message, payload.uuid));

  return store;
}

function withoutKey<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
