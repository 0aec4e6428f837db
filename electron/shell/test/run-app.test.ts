import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../shared/bridge';
import { requestNames } from '../../../shared/contract';
import { createTempHome, type TempHome } from '../../../e2e/support/temp-home';
import { Engine } from '../../engine/engine';
import { controlSocketPath } from '../../engine/paths';
import { runApp } from '../run-app';
import { BrowserWindow, app, dialog, ipcMain, resetFakeElectron, session } from './fake-electron';
import { until } from './shell-harness';

/** One request over the control socket, as the CLI sends it. */
function askControlSocket(path: string, method: string): Promise<{ result?: { kind?: string } }> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let text = '';
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
      const line = text.split('\n').find((l) => l.includes('"id"'));
      if (line) {
        socket.destroy();
        resolve(JSON.parse(line));
      }
    });
    socket.write(`${JSON.stringify({ id: 1, method, params: {} })}\n`);
  });
}

describe('the app', () => {
  let home: TempHome;
  beforeEach(() => {
    resetFakeElectron();
    home = createTempHome('vireo-shell-app-');
  });
  afterEach(async () => {
    if (!app.quitted && app.listenerCount('will-quit') > 0) {
      app.quit();
      await until(() => app.quitted);
    }
    home.remove();
  });

  it('opens the engine, serves the control socket, and shows one bound, hardened window', async () => {
    await runApp({ mainDir: '/opt/vireo/out/main', env: home.env });
    expect(app.sandboxEnabled).toBe(true);
    expect(dialog.errorBoxes).toEqual([]);
    const answer = await askControlSocket(controlSocketPath(home.paths), 'engine.info');
    expect(answer.result?.kind).toBe('app');

    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    const window = BrowserWindow.getAllWindows()[0] as BrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      preload: '/opt/vireo/out/preload/preload.cjs',
    });
    expect(window.webContents.loaded).toEqual([{ file: '/opt/vireo/out/renderer/index.html' }]);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(requestNames.map(ipcChannels.request).sort());
    expect(session.defaultSession.permissionCheckHandler).toBeDefined();
    expect(session.defaultSession.headersListener).toBeDefined();
  });

  it('quits when its window closes, letting go of the data dir', async () => {
    await runApp({ mainDir: '/opt/vireo/out/main', env: home.env });
    (BrowserWindow.getAllWindows()[0] as BrowserWindow).close();
    await until(() => app.quitted);
    expect(ipcMain.handlers.size).toBe(0);
    const next = await Engine.tryOpen({ paths: home.paths, env: home.env, kind: 'test', version: 'test' });
    expect(next).toBeDefined();
    await next?.close();
  });

  it('refuses to start when another engine holds the data dir, naming it', async () => {
    const holder = await Engine.open({ paths: home.paths, env: home.env, kind: 'engine', version: 'test' });
    try {
      await runApp({ mainDir: '/opt/vireo/out/main', env: home.env });
      expect(dialog.errorBoxes).toHaveLength(1);
      expect(dialog.errorBoxes[0]?.content).toContain(`another Vireo engine (engine, pid ${process.pid})`);
      expect(app.quitCalls).toBe(1);
      expect(BrowserWindow.getAllWindows()).toEqual([]);
      expect(ipcMain.handlers.size).toBe(0);
    } finally {
      await holder.close();
    }
  });

  it('as a second instance, quits at once; the first instance focuses its window', async () => {
    app.singleInstanceLock = false;
    await runApp({ mainDir: '/opt/vireo/out/main', env: home.env });
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.getAllWindows()).toEqual([]);

    resetFakeElectron();
    await runApp({ mainDir: '/opt/vireo/out/main', env: home.env });
    const window = BrowserWindow.getAllWindows()[0] as BrowserWindow;
    window.minimized = true;
    app.emit('second-instance', {}, ['vireo'], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });
});
