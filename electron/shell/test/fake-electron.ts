/**
 * A small stand-in for the `electron` module (tests alias `electron` to this file), after Electron
 * Fiddle's tests/mocks: only what the shell uses, recording what it is given. ipcRenderer is wired
 * to ipcMain as one renderer would be: invoke() reaches the handler with an event whose sender and
 * senderFrame are the "current renderer" (see connectRenderer), and webContents.send() reaches
 * ipcRenderer listeners when it is that renderer's webContents. Arguments cross by structured
 * clone, as over real IPC.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

/** An Electron event: preventDefault() is remembered, plus any details (url, …). */
export class FakeEvent<Details extends object = object> {
  defaultPrevented = false;
  constructor(details?: Details) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebFrameMain {
  readonly frameTreeNodeId = nextId++;
  readonly processId = 1;
  readonly routingId = nextId++;
  constructor(
    public url: string,
    readonly parent: FakeWebFrameMain | null = null,
  ) {}
}

export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}
export type WindowOpenResponse = { action: 'deny' } | { action: 'allow' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrameMain('about:blank');
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly loaded: Array<{ file?: string; url?: string }> = [];
  windowOpenHandler: ((details: WindowOpenDetails) => WindowOpenResponse) | undefined;
  private destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const cloned = structuredClone(args);
    this.sent.push({ channel, args: cloned });
    if (renderer.contents === this) ipcRenderer.deliver(channel, cloned);
  }
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenResponse): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  // Test helpers: what the page would do.
  /** Emits will-navigate for a renderer-initiated navigation; true when it was prevented. */
  navigate(url: string): boolean {
    const event = new FakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: this.mainFrame });
    this.emit('will-navigate', event, url, false, true, 1, this.mainFrame.routingId);
    if (!event.defaultPrevented) this.mainFrame.url = url;
    return event.defaultPrevented;
  }
  /** Emits will-redirect; true when it was prevented. */
  redirect(url: string): boolean {
    const event = new FakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: this.mainFrame });
    this.emit('will-redirect', event, url, false, true, 1, this.mainFrame.routingId);
    return event.defaultPrevented;
  }
  /** window.open(url) from the page: what the window open handler answers. */
  openWindow(url: string): WindowOpenResponse {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window' });
  }
  /** A <webview> about to attach: true when it was prevented. */
  attachWebview(src: string): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly windows: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows.filter((w) => !w.isDestroyed());
  }

  readonly webContents = new FakeWebContents();
  focused = 0;
  minimized = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.windows.push(this);
    // Like Electron, a new window's webContents is announced app-wide first.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  async loadFile(file: string): Promise<void> {
    this.webContents.loaded.push({ file });
    this.webContents.mainFrame.url = pathToFileURL(file).href;
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.loaded.push({ url });
    this.webContents.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused++;
  }
  show(): void {}
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    // As in Electron, not emitted when the windows close because the app quits.
    if (BrowserWindow.getAllWindows().length === 0 && !app.closingWindowsToQuit)
      app.emit('window-all-closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLock = true;
  sandboxEnabled = false;
  quitCalls = 0;
  exitCode: number | undefined;
  /** Set once quitting got past before-quit and will-quit. */
  quitted = false;
  closingWindowsToQuit = false;

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  /** Electron's order: before-quit, windows closed, will-quit, quit; preventDefault stops it. */
  quit(): void {
    this.quitCalls++;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.closingWindowsToQuit = true;
    for (const window of BrowserWindow.getAllWindows()) window.close();
    this.closingWindowsToQuit = false;
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitted = true;
    this.emit('quit');
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}
export const app = new FakeApp();

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeWebFrameMain | null;
}
type Handler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

/** Which webContents and frame the preload's ipcRenderer speaks for. */
const renderer: { contents?: FakeWebContents; frame?: FakeWebFrameMain | null } = {};

/** Makes ipcRenderer speak for this webContents, from this frame (its main frame by default). */
export function connectRenderer(
  contents: FakeWebContents,
  frame: FakeWebFrameMain | null = contents.mainFrame,
) {
  renderer.contents = contents;
  renderer.frame = frame;
}

class FakeIpcRenderer extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
    if (!renderer.contents) throw new Error('no renderer connected (call connectRenderer)');
    const event: FakeInvokeEvent = { sender: renderer.contents, senderFrame: renderer.frame ?? null };
    return structuredClone(await handler(event, ...structuredClone(args)));
  }
  deliver(channel: string, args: unknown[]): void {
    this.emit(channel, { sender: this }, ...args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  },
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

class FakeSession {
  headersListener: HeadersListener | undefined;
  permissionRequestHandler: ((...args: never[]) => void) | undefined;
  permissionCheckHandler: ((...args: never[]) => boolean) | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: (...args: never[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: never[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

export const shell = {
  openedExternally: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
  },
};

export const dialog = {
  errorBoxes: [] as Array<{ title: string; content: string }>,
  openDialogs: [] as Array<{
    properties?: string[];
    filters?: Array<{ name: string; extensions: string[] }>;
  }>,
  /** What the next showOpenDialog answers (the user's pick, or a cancel). */
  nextOpenResult: { canceled: true, filePaths: [] as string[] },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  async showOpenDialog(
    _window: unknown,
    options: { properties?: string[]; filters?: Array<{ name: string; extensions: string[] }> },
  ): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.openDialogs.push(options);
    return this.nextOpenResult;
  },
};

/** Forgets every window, handler, listener and record, between tests. */
export function resetFakeElectron(): void {
  for (const window of BrowserWindow.windows) window.removeAllListeners();
  BrowserWindow.windows.length = 0;
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, singleInstanceLock: true, sandboxEnabled: false, quitCalls: 0 });
  Object.assign(app, { exitCode: undefined, quitted: false });
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  delete renderer.contents;
  delete renderer.frame;
  contextBridge.exposed.clear();
  session.defaultSession = new FakeSession();
  shell.openedExternally.length = 0;
  dialog.errorBoxes.length = 0;
  dialog.openDialogs.length = 0;
  dialog.nextOpenResult = { canceled: true, filePaths: [] };
}
