import type { NetworkMode } from './draft';
import type { HwMessageKey } from './problems';
import type { SectionId } from './sections';

/**
 * The note over a section while the VM runs: what reaches the running VM at once (media, port
 * forwards, USB devices) and what waits for its next start. Forwards change live only on a card in
 * user mode (`networkMode`, the saved config's): a bridged card has none.
 */
export function runningNote(section: SectionId, networkMode: NetworkMode = 'user'): HwMessageKey {
  switch (section) {
    case 'cdrom':
      return 'hwLiveHint';
    case 'network':
      return networkMode === 'user' ? 'hwNetworkLiveHint' : 'hwRestartHint';
    case 'usb':
      return 'hwUsbLiveHint';
    case 'cpu':
    case 'memory':
      return 'hwHotplugLiveHint';
    default:
      return 'hwRestartHint';
  }
}
