import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isOwnRendererUrl, type RendererLocation } from './app-files';

/**
 * Why an IPC call must be refused, or undefined when it comes from our renderer: the main frame
 * (never a subframe) of our window's webContents, showing our own page. After VS Code's
 * validatedIpcMain and Electron's checklist ("validate the sender of all IPC messages").
 */
export function senderRefusal(
  event: IpcMainInvokeEvent,
  contents: WebContents,
  renderer: RendererLocation,
): string | undefined {
  if (contents.isDestroyed()) return 'the window is closed';
  // Compared by value, not object identity: Electron may hand out fresh wrapper objects.
  if (event.sender.id !== contents.id) return 'the sender is not the Vireo window';
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  const main = contents.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
  if (!isMainFrame) return "the sender is not the window's main frame";
  if (!isOwnRendererUrl(frame.url, renderer))
    return `the sender's page ${JSON.stringify(frame.url)} is not Vireo's`;
  return undefined;
}
