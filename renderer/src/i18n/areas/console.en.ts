/** English strings of the console area; keys are prefixed to stay unique across areas. */
export const consoleEn = {
  cnToolbar: 'Console controls',
  cnViewSize: 'Screen size',
  cnScaleToFit: 'Scale to fit',
  cnActualSize: 'Actual size',
  cnFullscreen: 'Fullscreen',
  cnSendCtrlAltDel: 'Send Ctrl+Alt+Del',
  cnSendKey: 'Send key',
  cnKeyCtrlAltF: 'Ctrl+Alt+F{n}',
  cnKeyCtrlAltBackspace: 'Ctrl+Alt+Backspace',
  cnKeyPrintScreen: 'PrintScreen',
  cnScreenshot: 'Screenshot',
  cnPasteText: 'Paste text',
  cnConsoleMenu: 'Console',
  cnMonitor: 'Monitor',
  cnOpenSsh: 'Open SSH terminal',
  cnNoSshForward: 'Needs a TCP port forward to guest port 22 (Hardware › Network).',

  cnGuestScreen: 'Guest screen',
  cnConnecting: 'Connecting…',
  cnReconnecting: 'Reconnecting…',
  cnReconnectingBody: 'The connection to the screen was lost. Trying again…',
  cnNotRunning: 'VM is not running',
  cnNotRunningBody: 'Start it to see its screen here.',
  cnBrokenBody: 'Its configuration cannot be read, so it cannot start.',
  cnStart: 'Start',
  cnStarting: 'Starting…',
  cnVncOff: 'No graphical console',
  cnVncOffBody:
    'VNC is off in this VM’s settings. Turn on “VNC server” under Hardware › Display, then restart the VM.',

  cnGrabbed: 'Keyboard captured — press Ctrl+Alt to release',
  cnReleaseKeyboard: 'Release keyboard',
  cnClickToGrab: 'Click the screen, or Tab to it, to type into the guest.',

  cnNoClipboardAgent:
    'No clipboard agent in the guest (spice-vdagent): copy and paste between computer and guest won’t work; use Paste text to type text in.',
  cnClipboardOff: 'Clipboard sharing is off in this VM’s settings: use Paste text to type text in.',
  cnGuestClipboard: 'Guest clipboard',
  cnGuestClipboardBody: 'The guest copied this text, but this window may not put it on your clipboard:',
  cnCopy: 'Copy',
  cnClose: 'Close',

  cnPasteBody:
    '“Type it” presses the text’s keys in the guest, as on a US keyboard, and needs no agent. “Paste to guest clipboard” hands the text to the guest’s clipboard agent.',
  cnPasteLabel: 'Text',
  cnTypeIt: 'Type it',
  cnPasteToClipboard: 'Paste to guest clipboard',
  cnPasteNeedsAgent: 'Pasting to the guest clipboard needs spice-vdagent in the guest.',
  cnCancel: 'Cancel',

  cnSent: 'Sent {keys}',
  cnTyped: 'Typed {count} characters',
  cnPasted: 'Put the text on the guest clipboard',
  cnSaved: 'Saved {file}',
} as const;
