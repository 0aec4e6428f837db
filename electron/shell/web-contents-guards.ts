import { app, shell, type WebContents } from 'electron';
import { isOwnRendererUrl, isWebUrl, type RendererLocation } from './app-files';

const guarded = new WeakSet<WebContents>();

/**
 * Keeps a webContents on our renderer: navigations and redirects anywhere else are prevented,
 * new windows are always denied (http(s) links open in the system browser, nothing else does),
 * and <webview> tags are never attached.
 */
export function guardWebContents(contents: WebContents, renderer: RendererLocation): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event) => {
    if (!isOwnRendererUrl(event.url, renderer)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isOwnRendererUrl(event.url, renderer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Guards every webContents the app ever creates, ours included. Call before the first window. */
export function guardAllWebContents(renderer: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, renderer));
}
