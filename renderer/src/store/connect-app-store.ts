import type { ContractClient } from '../../../shared/contract';
import type { ConnectionStatus } from '../client/websocket-transport';
import { createAppStore, type AppStore } from './create-app-store';

export type Connect = (onStatus: (status: ConnectionStatus) => void) => ContractClient;

/**
 * Builds the store around the client `connect` returns (in the app, `createClient`). A transport
 * may report its status before `connect` returns (the Electron bridge says 'connected' at once),
 * so statuses are held until the store exists.
 */
export function connectAppStore(connect: Connect): AppStore {
  const early: ConnectionStatus[] = [];
  let report: (status: ConnectionStatus) => void = (status) => early.push(status);
  const client = connect((status) => report(status));
  const store = createAppStore(client);
  report = (status) => store.getState().setConnection(status);
  for (const status of early) report(status);
  return store;
}
