import type { MessageKey } from '../../i18n/en';
import type { DetailsTab } from '../../store/ui-state';

export const tabLabels: Record<DetailsTab, MessageKey> = {
  overview: 'mwTabOverview',
  console: 'mwTabConsole',
  serial: 'mwTabSerial',
  performance: 'mwTabPerformance',
  hardware: 'mwTabHardware',
  snapshots: 'mwTabSnapshots',
  log: 'mwTabLog',
};
