import type { MetricNote } from '../../../../../shared/metrics';
import { formatBytes, formatPercent, formatRate } from '../../../../../shared/metrics-format';
import type { MessageKey } from '../../../i18n/en';
import { hostKey } from './performance-model';

export type ChartUnit = 'percent' | 'bytes' | 'rate';

export interface SeriesSpec {
  /** The column in the merged columns. */
  key: string;
  label: MessageKey;
  /** A CSS custom property holding its colour. */
  color: `--${string}`;
  dashed?: boolean;
}

export interface ChartSpec {
  id: 'cpu' | 'memory' | 'disk' | 'network';
  title: MessageKey;
  unit: ChartUnit;
  series: SeriesSpec[];
  /** Why the chart (or part of it) has no data, from the VM's latest notes. */
  note(notes: readonly MetricNote[]): MessageKey | undefined;
}

export const chartSpecs: ChartSpec[] = [
  {
    id: 'cpu',
    title: 'prCpu',
    unit: 'percent',
    series: [
      { key: 'cpuGuest', label: 'prCpuGuest', color: '--chart-cpu' },
      { key: 'cpuProcess', label: 'prCpuProcess', color: '--chart-2' },
      { key: hostKey('cpu'), label: 'prCpuHost', color: '--chart-3', dashed: true },
    ],
    note: () => undefined,
  },
  {
    id: 'memory',
    title: 'prMemory',
    unit: 'bytes',
    series: [
      { key: 'memGuestUsed', label: 'prMemGuestUsed', color: '--chart-cpu' },
      { key: 'memGuestTotal', label: 'prMemGuestTotal', color: '--chart-3', dashed: true },
      { key: 'memRss', label: 'prMemRss', color: '--chart-2' },
    ],
    note: (notes) =>
      notes.includes('no-balloon')
        ? 'prNoteNoBalloon'
        : notes.includes('no-guest-stats')
          ? 'prNoteNoGuestStats'
          : undefined,
  },
  {
    id: 'disk',
    title: 'prDisk',
    unit: 'rate',
    series: [
      { key: 'diskRead', label: 'prDiskRead', color: '--chart-4' },
      { key: 'diskWrite', label: 'prDiskWrite', color: '--chart-2' },
    ],
    note: () => undefined,
  },
  {
    id: 'network',
    title: 'prNetwork',
    unit: 'rate',
    series: [
      { key: 'netRx', label: 'prNetRx', color: '--chart-4' },
      { key: 'netTx', label: 'prNetTx', color: '--chart-cpu' },
    ],
    note: (notes) =>
      notes.includes('net-user-mode')
        ? 'prNoteNetUserMode'
        : notes.includes('net-no-agent')
          ? 'prNoteNetNoAgent'
          : notes.includes('no-network')
            ? 'prNoteNoNetwork'
            : undefined,
  },
];

export function formatValue(unit: ChartUnit, value: number | null): string {
  if (unit === 'percent') return formatPercent(value);
  return unit === 'bytes' ? formatBytes(value) : formatRate(value);
}
