import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { ipcChannels, type BridgeResponse, type VireoBridge } from '../../shared/bridge';
import { requestNames, type RequestName } from '../../shared/contract';

type IpcPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The bridge the preload exposes as `window.vireo`: one function per contract request and an
 * event subscription. The renderer never sees ipcRenderer, channel names or IPC event objects.
 */
export function createVireoBridge(ipc: IpcPort): VireoBridge {
  const requests = Object.fromEntries(
    requestNames.map((name) => [
      name,
      (params: unknown): Promise<BridgeResponse> => ipc.invoke(ipcChannels.request(name), params),
    ]),
  ) as Record<RequestName, (params: unknown) => Promise<BridgeResponse>>;

  return {
    requests,
    onEvent(listener) {
      const forward = (_event: IpcRendererEvent, frame: unknown) => {
        if (typeof frame !== 'object' || frame === null) return;
        const { event, payload } = frame as { event?: unknown; payload?: unknown };
        if (typeof event === 'string') listener({ event, payload });
      };
      ipc.on(ipcChannels.event, forward);
      return () => {
        ipc.removeListener(ipcChannels.event, forward);
      };
    },
  };
}
