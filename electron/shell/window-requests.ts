import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { requests, type RequestName } from '../../shared/contract';
import type { FilePurpose, HostInfo } from '../../shared/host';
import type { EngineSession } from '../engine/engine-session';

const filters: Record<FilePurpose, OpenDialogOptions['filters']> = {
  iso: [
    { name: 'ISO images', extensions: ['iso'] },
    { name: 'All files', extensions: ['*'] },
  ],
  disk: [
    { name: 'Disk images', extensions: ['qcow2', 'img', 'raw', 'vmdk', 'vdi', 'vhdx', 'vhd', 'iso'] },
    { name: 'All files', extensions: ['*'] },
  ],
  kernel: [{ name: 'All files', extensions: ['*'] }],
  initrd: [{ name: 'All files', extensions: ['*'] }],
  any: [{ name: 'All files', extensions: ['*'] }],
};

/**
 * The requests a desktop window answers differently from the engine: it can show the host's
 * native file dialog (web mode types paths instead). Undefined: the engine answers.
 */
export function windowRequest(
  name: RequestName,
  params: unknown,
  window: BrowserWindow,
  session: EngineSession,
): Promise<unknown> | undefined {
  if (name === 'host.pickFile') {
    const { purpose } = requests['host.pickFile'].params.parse(params);
    return dialog
      .showOpenDialog(window, { properties: ['openFile'], filters: filters[purpose] })
      .then((picked) => ({ path: picked.canceled ? null : (picked.filePaths[0] ?? null) }));
  }
  if (name === 'engine.hostInfo') {
    return session.invoke(name, params).then((info) => ({ ...(info as HostInfo), nativeFilePicker: true }));
  }
  return undefined;
}
