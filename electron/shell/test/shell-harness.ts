import type { BrowserWindow, IpcRenderer } from 'electron';
import { resolve } from 'node:path';
import type { VireoBridge } from '../../../shared/bridge';
import { createTempHome, type TempHome } from '../../../e2e/support/temp-home';
import { Engine } from '../../engine/engine';
import { appFiles, type AppFiles } from '../app-files';
import { bindContract, type ContractBinding } from '../ipc';
import { createVireoBridge } from '../preload-bridge';
import { createMainWindow, loadRenderer } from '../window';
import {
  connectRenderer,
  ipcRenderer,
  resetFakeElectron,
  type BrowserWindow as FakeBrowserWindow,
} from './fake-electron';

export interface ShellHarness {
  home: TempHome;
  engine: Engine;
  files: AppFiles;
  window: FakeBrowserWindow;
  binding: ContractBinding;
  /** What the preload gives the page, speaking for the window's main frame. */
  bridge: VireoBridge;
  dispose(): Promise<void>;
}

/** The built layout the shell would find next to out/main/main.js. */
export const testFiles = (env: NodeJS.ProcessEnv = {}, isPackaged = false) =>
  appFiles(resolve('out/main'), env, isPackaged);

/**
 * A real engine on a fresh VIREO_HOME (TCG forced), and the shell's window bound to it through
 * the fake electron: the page's bridge reaches the engine through ipcRenderer → ipcMain.
 */
export async function openShell(): Promise<ShellHarness> {
  resetFakeElectron();
  const home = createTempHome('vireo-shell-');
  const engine = await Engine.open({ paths: home.paths, env: home.env, kind: 'test', version: 'test' });
  const files = testFiles();
  const window = createMainWindow(files);
  const binding = bindContract(engine, window, files.renderer);
  await loadRenderer(window, files.renderer);
  const fake = asFake(window);
  connectRenderer(fake.webContents);
  return {
    home,
    engine,
    files,
    window: fake,
    binding,
    bridge: createVireoBridge(ipcRenderer as unknown as IpcRenderer),
    dispose: async () => {
      binding.dispose();
      fake.close();
      await engine.close();
      home.remove();
    },
  };
}

/** The shell sees electron's types; under test the objects are the fake's. */
export const asFake = (window: BrowserWindow) => window as unknown as FakeBrowserWindow;

/** Waits until check() holds (polling), or fails after timeoutMs. */
export async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
