import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels, type BridgeResponse } from '../../shared/bridge';
import { requestNames, type RequestName } from '../../shared/contract';
import { toErrorPayload } from '../../shared/errors';
import type { Engine } from '../engine/engine';
import type { RendererLocation } from './app-files';
import { senderRefusal } from './trusted-sender';
import { windowRequest } from './window-requests';

export interface ContractBinding {
  /** Removes every handler and closes the window's engine session (also done when the window closes). */
  dispose(): void;
}

/**
 * Serves the whole contract to one window over IPC: one `ipcMain.handle` per request, each
 * checking the sender first, then running the request on the window's own engine session
 * (which validates params against the contract). Answers are never thrown, so error codes survive.
 */
export function bindContract(
  engine: Pick<Engine, 'openSession'>,
  window: BrowserWindow,
  renderer: RendererLocation,
): ContractBinding {
  const contents = window.webContents;
  const session = engine.openSession((event, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, { event, payload });
  });

  const serve = async (
    name: RequestName,
    event: IpcMainInvokeEvent,
    params: unknown,
  ): Promise<BridgeResponse> => {
    const refusal = senderRefusal(event, contents, renderer);
    if (refusal) return { ok: false, error: { code: 'FORBIDDEN', message: `refused ${name}: ${refusal}` } };
    try {
      return {
        ok: true,
        result: await (windowRequest(name, params, window, session) ?? session.invoke(name, params)),
      };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  };
  for (const name of requestNames) {
    ipcMain.handle(ipcChannels.request(name), (event, params: unknown) => serve(name, event, params));
  }

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    for (const name of requestNames) ipcMain.removeHandler(ipcChannels.request(name));
    session.close();
  };
  window.once('closed', dispose);
  return { dispose };
}
