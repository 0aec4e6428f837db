import { describe, expect, it } from 'vitest';
import { hardwareEn } from '../../../i18n/areas/hardware.en';
import { runningNote } from './running-note';
import { sectionIds } from './sections';

describe('runningNote', () => {
  it('says what reaches a running VM at once, and that the rest waits for its next start', () => {
    expect(runningNote('cdrom')).toBe('hwLiveHint');
    expect(runningNote('network')).toBe('hwNetworkLiveHint');
    expect(runningNote('network', 'bridge')).toBe('hwRestartHint');
    expect(runningNote('network', 'none')).toBe('hwRestartHint');
    expect(runningNote('usb')).toBe('hwUsbLiveHint');
    expect(runningNote('cpu')).toBe('hwHotplugLiveHint');
    expect(runningNote('shares')).toBe('hwRestartHint');
    expect(runningNote('firmware')).toBe('hwRestartHint');
  });

  it('has a message for every section', () => {
    for (const section of sectionIds) expect(hardwareEn[runningNote(section)]).toBeTruthy();
  });
});
