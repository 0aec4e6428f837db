import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { guardAllWebContents, guardWebContents } from '../web-contents-guards';
import { createMainWindow, loadRenderer } from '../window';
import { FakeEvent, FakeWebContents, app, resetFakeElectron, shell } from './fake-electron';
import { asFake, testFiles, until } from './shell-harness';

describe('window', () => {
  beforeEach(() => resetFakeElectron());

  it('has exactly the hardened webPreferences', () => {
    const files = testFiles();
    const window = asFake(createMainWindow(files));
    expect(window.options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: files.preload,
    });
    expect(files.preload).toMatch(/\/out\/preload\/preload\.cjs$/);
  });

  it('loads out/renderer/index.html with loadFile, or the dev server with loadURL', async () => {
    const files = testFiles();
    const window = asFake(createMainWindow(files));
    await loadRenderer(window as never, files.renderer);
    expect(window.webContents.loaded).toEqual([
      { file: expect.stringMatching(/\/out\/renderer\/index\.html$/) },
    ]);

    const dev = testFiles({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    const devWindow = asFake(createMainWindow(dev));
    await loadRenderer(devWindow as never, dev.renderer);
    expect(devWindow.webContents.loaded).toEqual([{ url: 'http://localhost:5173/' }]);
  });

  it('prevents navigation and redirects away from our page, but not a reload of it', async () => {
    const files = testFiles();
    const window = asFake(createMainWindow(files));
    await loadRenderer(window as never, files.renderer);
    const own = window.webContents.getURL();
    const contents = window.webContents;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.navigate(url)).toBe(true);
      expect(contents.redirect(url)).toBe(true);
    }
    expect(contents.getURL()).toBe(own);
    expect(contents.navigate(own)).toBe(false);
  });

  it('denies window.open always, and opens only http(s) URLs externally', async () => {
    const contents = asFake(createMainWindow(testFiles())).webContents;
    const urls = [
      'https://www.qemu.org/',
      'http://example.com/x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'vireo://x',
      'smb://host/share',
      'not a url',
    ];
    for (const url of urls) expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await until(() => shell.openedExternally.length === 2);
    expect(shell.openedExternally).toEqual(['https://www.qemu.org/', 'http://example.com/x']);
  });

  it('never attaches a <webview>', () => {
    const contents = asFake(createMainWindow(testFiles())).webContents;
    expect(contents.attachWebview('https://evil.example/')).toBe(true);
  });

  it('guards every webContents the app creates, once each', () => {
    const { renderer } = testFiles();
    guardAllWebContents(renderer);
    const other = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), other);
    expect(other.attachWebview('https://evil.example/')).toBe(true);
    expect(other.navigate('https://evil.example/')).toBe(true);
    expect(other.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    guardWebContents(other as unknown as WebContents, renderer);
    expect(other.listenerCount('will-navigate')).toBe(1);
    // The window's own webContents goes through web-contents-created too, and is guarded once.
    const window = asFake(createMainWindow(testFiles()));
    expect(window.webContents.listenerCount('will-navigate')).toBe(1);
  });
});
