import { BrowserWindow, type WebPreferences } from 'electron';
import type { AppFiles, RendererLocation } from './app-files';
import { guardWebContents } from './web-contents-guards';

/** The renderer gets no Node, no webviews, and only what the sandboxed preload exposes. */
export function hardenedWebPreferences(preload: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    preload,
  };
}

/** The one Vireo window, guarded before anything loads in it. */
export function createMainWindow(files: AppFiles): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Vireo',
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(files.preload),
  });
  guardWebContents(window.webContents, files.renderer);
  return window;
}

/** Loads the built index.html, or the dev server's page when electron-vite runs one. */
export function loadRenderer(window: BrowserWindow, renderer: RendererLocation): Promise<void> {
  return renderer.kind === 'dev' ? window.loadURL(renderer.url) : window.loadFile(renderer.file);
}
