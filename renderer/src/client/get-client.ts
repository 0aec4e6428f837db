import type { VireoBridge } from '../../../shared/bridge';
import type { ContractClient } from '../../../shared/contract';
import { createContractClient } from '../../../shared/contract-client';
import { bridgeTransport } from './bridge-transport';
import { websocketTransport, type ConnectionStatus } from './websocket-transport';

declare global {
  interface Window {
    vireo?: VireoBridge;
  }
}

/**
 * The one contract client of this page: the Electron preload's bridge when there is one, else
 * the web mode's WebSocket. The rest of the UI cannot tell which.
 */
export function createClient(onStatus: (status: ConnectionStatus) => void): ContractClient {
  if (window.vireo) {
    onStatus('connected');
    return createContractClient(bridgeTransport(window.vireo));
  }
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return createContractClient(websocketTransport(`${scheme}://${location.host}/ws`, onStatus));
}
