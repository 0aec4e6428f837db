import { app, dialog, session, type BrowserWindow } from 'electron';
import { toErrorPayload } from '../../shared/errors';
import { serveControlSocket } from '../engine/control/control-server';
import { Engine } from '../engine/engine';
import { resolvePaths } from '../engine/paths';
import { VIREO_VERSION } from '../engine/version';
import { appFiles } from './app-files';
import { bindContract } from './ipc';
import { installQuitBehaviour } from './quit';
import { hardenSession } from './session-policy';
import { guardAllWebContents } from './web-contents-guards';
import { createMainWindow, loadRenderer } from './window';

export interface RunAppOptions {
  /** The directory main.js runs from (out/main). */
  mainDir: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The desktop app: one instance, one engine (which also serves the control socket, so the CLI
 * goes through the app), one window bound to the contract. Resolves once the window is loading,
 * or once the app has been told to quit (second instance, data dir held by another engine).
 */
export async function runApp({ mainDir, env = process.env }: RunAppOptions): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  const files = appFiles(mainDir, env, app.isPackaged);
  guardAllWebContents(files.renderer);

  const shown: { window?: BrowserWindow } = {};
  app.on('second-instance', () => {
    const { window } = shown;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  let engine: Engine;
  try {
    engine = await Engine.open({ paths: resolvePaths(env), env, kind: 'app', version: VIREO_VERSION });
  } catch (error) {
    return refuseToStart(error);
  }
  let control: Awaited<ReturnType<typeof serveControlSocket>>;
  try {
    control = await serveControlSocket(engine);
  } catch (error) {
    await engine.close();
    return refuseToStart(error);
  }
  await installQuitBehaviour(engine, control);

  hardenSession(session.defaultSession);
  const window = createMainWindow(files);
  shown.window = window;
  bindContract(engine, window, files.renderer);
  await loadRenderer(window, files.renderer).catch((error: unknown) => {
    dialog.showErrorBox('Vireo could not load its window', toErrorPayload(error).message);
  });
}

function refuseToStart(error: unknown): void {
  const { code, message } = toErrorPayload(error);
  const hint =
    code === 'ENGINE_LOCKED'
      ? '\n\nQuit it (a `vireo engine` stops with Ctrl+C), then start Vireo again.'
      : '';
  dialog.showErrorBox('Vireo cannot start', `${message}${hint}`);
  app.quit();
}
