import type { HwMessageKey } from './problems';
import type { SectionId } from './sections';

/**
 * The note over a section while the VM runs: what reaches the running VM at once (media, port
 * forwards, USB devices) and what waits for its next start.
 */
export function runningNote(section: SectionId): HwMessageKey {
  switch (section) {
    case 'cdrom':
      return 'hwLiveHint';
    case 'network':
      return 'hwNetworkLiveHint';
    case 'usb':
      return 'hwUsbLiveHint';
    case 'cpu':
    case 'memory':
      return 'hwHotplugLiveHint';
    default:
      return 'hwRestartHint';
  }
}
