import type RFB from '@novnc/novnc';
import { useState } from 'react';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { downloadPng, screenshotName } from './screenshot-file';
import type { QCodes } from './send-keys';
import { typeText } from './type-text';

/**
 * What the console's controls do. Keys and screenshots go through the engine (QMP), so they work
 * whatever the VNC session is doing; typing and the guest clipboard go through noVNC.
 */
export function useConsoleActions(vm: VmStatus, rfb: RFB | null, announce: (text: string) => void) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const [shooting, setShooting] = useState(false);
  const failed = (error: unknown) => reportError(error, vm.uuid);

  const sendKeys = (keys: QCodes, label: string) => {
    client
      .invoke('console.sendKeys', { vm: vm.uuid, keys: [...keys] })
      .then(() => announce(format(t.cnSent, { keys: label })), failed);
  };

  const screenshot = () => {
    if (shooting) return;
    setShooting(true);
    client
      .invoke('console.screenshot', { vm: vm.uuid })
      .then(({ png }) => {
        const file = screenshotName(vm.name, new Date());
        downloadPng(png, file);
        announce(format(t.cnSaved, { file }));
      }, failed)
      .finally(() => setShooting(false));
  };

  const type = (text: string) => {
    if (!rfb) return;
    typeText(rfb, text).then((count) => announce(format(t.cnTyped, { count })), failed);
  };

  const pasteToClipboard = (text: string) => {
    if (!rfb) return;
    rfb.clipboardPasteFrom(text);
    announce(t.cnPasted);
  };

  return { sendKeys, screenshot, shooting, type, pasteToClipboard };
}
