/**
 * The part of noVNC's RFB API (node_modules/@novnc/novnc/docs/API.md) the console uses. noVNC
 * ships no types; its events come from its own EventTarget-like mixin, typed here by name.
 */
declare module '@novnc/novnc' {
  export interface RfbOptions {
    shared?: boolean;
    wsProtocols?: string[];
  }

  export interface RfbEventMap {
    connect: CustomEvent<Record<string, never>>;
    disconnect: CustomEvent<{ clean: boolean }>;
    clipboard: CustomEvent<{ text: string }>;
    securityfailure: CustomEvent<{ status: number; reason?: string }>;
    desktopname: CustomEvent<{ name: string }>;
  }

  export default class RFB {
    constructor(target: HTMLElement, urlOrChannel: string | WebSocket, options?: RfbOptions);
    scaleViewport: boolean;
    resizeSession: boolean;
    clipViewport: boolean;
    focusOnClick: boolean;
    viewOnly: boolean;
    /** A CSS background for the area around the guest's screen. */
    background: string;
    sendCtrlAltDel(): void;
    /** Presses (down true), releases (false) or both (omitted); `code` is a KeyboardEvent.code. */
    sendKey(keysym: number, code: string | null, down?: boolean): void;
    clipboardPasteFrom(text: string): void;
    disconnect(): void;
    focus(options?: FocusOptions): void;
    blur(): void;
    addEventListener<K extends keyof RfbEventMap>(type: K, listener: (event: RfbEventMap[K]) => void): void;
    removeEventListener<K extends keyof RfbEventMap>(
      type: K,
      listener: (event: RfbEventMap[K]) => void,
    ): void;
  }
}
