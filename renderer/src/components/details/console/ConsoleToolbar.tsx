import type { KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { MenuButton, type MenuEntry } from './MenuButton';
import { ctrlAltDel, keyCombos, type QCodes } from './send-keys';
import { ToolButton } from './ToolButton';

export interface ToolbarState {
  scale: boolean;
  fullscreen: boolean;
  /** The VM's QEMU runs: keys, screenshots and the monitor work. */
  running: boolean;
  /** A VNC session is up: typing works. */
  connected: boolean;
  /** A TCP forward to guest port 22 exists. */
  ssh: boolean;
  shooting: boolean;
}

export interface ToolbarActions {
  setScale(scale: boolean): void;
  toggleFullscreen(): void;
  sendKeys(keys: QCodes, label: string): void;
  screenshot(): void;
  openPaste(): void;
  openMonitor(): void;
  openSsh(): void;
}

/** Left and Right move along the toolbar; every control is also in the Tab order. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (step === undefined) return;
  const tools = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-console-tool]')];
  const at = tools.findIndex((tool) => tool === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  tools[(at + step + tools.length) % tools.length]?.focus();
}

/** The console's controls: view size, fullscreen, keys, screenshot, paste, and the Console menu. */
export function ConsoleToolbar({ state, actions }: { state: ToolbarState; actions: ToolbarActions }) {
  const t = useMessages();
  const combos: MenuEntry[] = keyCombos(t).map((combo) => ({
    id: combo.id,
    label: combo.label,
    onSelect: () => actions.sendKeys(combo.keys, combo.label),
  }));
  const consoleItems: MenuEntry[] = [
    { id: 'monitor', label: t.cnMonitor, disabled: !state.running, onSelect: actions.openMonitor },
    {
      id: 'ssh',
      label: t.cnOpenSsh,
      disabled: !state.ssh,
      description: state.ssh ? undefined : t.cnNoSshForward,
      onSelect: actions.openSsh,
    },
  ];

  return (
    <div role="toolbar" aria-label={t.cnToolbar} className="console-toolbar" onKeyDown={moveFocus}>
      <div role="group" aria-label={t.cnViewSize} className="console-toolbar__segment">
        <ToolButton
          label={t.cnScaleToFit}
          compact
          icon="fit"
          pressed={state.scale}
          onActivate={() => actions.setScale(true)}
        />
        <ToolButton
          label={t.cnActualSize}
          compact
          icon="actual"
          pressed={!state.scale}
          onActivate={() => actions.setScale(false)}
        />
      </div>
      <ToolButton
        label={t.cnFullscreen}
        compact
        icon="fullscreen"
        pressed={state.fullscreen}
        onActivate={actions.toggleFullscreen}
      />
      <span className="console-toolbar__separator" aria-hidden="true" />
      <ToolButton
        label={t.cnSendCtrlAltDel}
        icon="ctrlAltDel"
        enabled={state.running}
        onActivate={() => actions.sendKeys(ctrlAltDel, 'Ctrl+Alt+Del')}
      />
      <MenuButton label={t.cnSendKey} icon="key" items={combos} enabled={state.running} />
      <span className="console-toolbar__separator" aria-hidden="true" />
      <ToolButton
        label={t.cnScreenshot}
        icon="camera"
        enabled={state.running && !state.shooting}
        onActivate={actions.screenshot}
      />
      <ToolButton
        label={t.cnPasteText}
        icon="paste"
        enabled={state.connected}
        onActivate={actions.openPaste}
      />
      <span className="console-toolbar__spacer" />
      <MenuButton label={t.cnConsoleMenu} icon="console" items={consoleItems} align="end" />
    </div>
  );
}
