import { useCallback, useEffect, useRef, useState } from 'react';
import type { VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { MonitorDialog } from '../../terminal/MonitorDialog';
import { SshTerminalDialog } from '../../terminal/SshTerminalDialog';
import { LoadProblem } from '../LoadProblem';
import { ClipboardNotice } from './ClipboardNotice';
import { ClipboardPopover } from './ClipboardPopover';
import { ConsoleToolbar } from './ConsoleToolbar';
import { GrabHint } from './GrabHint';
import { GuestScreen } from './GuestScreen';
import { PasteDialog } from './PasteDialog';
import { ScreenContent } from './ScreenContent';
import { screenState, servesScreen } from './screen-state';
import { useConsoleActions } from './use-console-actions';
import { useConsoleConfig } from './use-console-config';
import { useFullscreen } from './use-fullscreen';
import { useGuestClipboard } from './use-guest-clipboard';
import { useKeyboardGrab } from './use-keyboard-grab';
import { useRfbConnection } from './use-rfb-connection';
import { useStatusMessage } from './use-status-message';

type OpenDialog = 'paste' | 'monitor' | 'ssh' | null;

/** One VM's console: the toolbar, what to know about the clipboard, the screen, the grab hint. */
export function ConsoleView({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const reportError = useAppStore((state) => state.reportError);
  const config = useConsoleConfig(vm.uuid, vm.state);
  const settings = config.data;
  const running = servesScreen(vm.state);

  const root = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const display = useRef<HTMLDivElement>(null);
  const screenLabel = t.cnGuestScreen;
  const clipboard = useGuestClipboard();
  const onCanvas = useCallback(
    (canvas: HTMLCanvasElement) => {
      // In the Tab order: Tab to the screen grabs the keyboard as a click does.
      canvas.tabIndex = 0;
      canvas.setAttribute('role', 'application');
      canvas.setAttribute('aria-label', screenLabel);
    },
    [screenLabel],
  );
  const connection = useRfbConnection({
    uuid: vm.uuid,
    enabled: running && settings?.vnc === true,
    target: display,
    onClipboard: clipboard.received,
    onCanvas,
  });
  const { rfb } = connection;
  const grab = useKeyboardGrab(region, rfb);
  const onFullscreenError = useCallback(
    (error: unknown) => reportError(error, vm.uuid),
    [reportError, vm.uuid],
  );
  const fullscreen = useFullscreen(root, onFullscreenError);
  const status = useStatusMessage();
  const actions = useConsoleActions(vm, rfb, status.show);
  const [scale, setScale] = useState(true);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  useEffect(() => {
    if (rfb) rfb.scaleViewport = scale;
  }, [rfb, scale]);

  if (config.error && settings === undefined) {
    return <LoadProblem message={config.error} onRetry={config.reload} />;
  }
  const state = screenState(vm.state, settings ? settings.vnc : undefined, connection.phase);
  const connected = state === 'connected';
  const agent = vm.clipboardAgent && settings?.clipboard === true;

  return (
    <div ref={root} className="console">
      <ConsoleToolbar
        state={{
          scale,
          fullscreen: fullscreen.fullscreen,
          running,
          connected,
          ssh: settings?.ssh === true,
          shooting: actions.shooting,
        }}
        actions={{
          setScale,
          toggleFullscreen: fullscreen.toggle,
          sendKeys: actions.sendKeys,
          screenshot: actions.screenshot,
          openPaste: () => setDialog('paste'),
          openMonitor: () => setDialog('monitor'),
          openSsh: () => setDialog('ssh'),
        }}
      />
      {connected && settings && <ClipboardNotice sharing={settings.clipboard} agent={vm.clipboardAgent} />}
      {clipboard.shown !== null && <ClipboardPopover text={clipboard.shown} onClose={clipboard.dismiss} />}
      <GuestScreen state={state} scale={scale} grabbed={grab.grabbed} region={region} display={display}>
        <ScreenContent vm={vm} state={state} vnc={settings?.vnc} reconnecting={connection.reconnecting} />
      </GuestScreen>
      {running && (
        <GrabHint
          connected={connected}
          grabbed={grab.grabbed}
          onRelease={grab.release}
          status={status.message}
        />
      )}
      {dialog === 'paste' && (
        <PasteDialog
          agent={agent}
          onCancel={() => setDialog(null)}
          onType={(text) => {
            setDialog(null);
            actions.type(text);
          }}
          onPasteToClipboard={(text) => {
            setDialog(null);
            actions.pasteToClipboard(text);
          }}
        />
      )}
      <MonitorDialog uuid={vm.uuid} open={dialog === 'monitor'} onClose={() => setDialog(null)} />
      <SshTerminalDialog uuid={vm.uuid} open={dialog === 'ssh'} onClose={() => setDialog(null)} />
    </div>
  );
}
