import { useEffect, useState } from 'react';
import { metricsRanges, vmSeriesKeys, type MetricsRange } from '../../../../../shared/metrics';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useFeedValue } from '../../../metrics/use-feed-value';
import { errorMessage } from '../../../store/error-message';
import { useAppStore } from '../../../store/store-context';
import { ChartCard } from './ChartCard';
import { chartSpecs } from './chart-specs';
import { toCsv } from './csv';
import { hostKey, PerformanceModel } from './performance-model';
import { useColorScheme } from './use-color-scheme';
import './performance.css';

const rangeLabels = {
  '1m': 'prRange1m',
  '10m': 'prRange10m',
  '1h': 'prRange1h',
  '24h': 'prRange24h',
  '30d': 'prRange30d',
} as const;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Performance tab: CPU, memory, disk and network of one VM over a chosen range, live. */
export function PerformanceTab({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const feed = useAppStore((state) => state.metrics);
  const reportError = useAppStore((state) => state.reportError);
  const [range, setRange] = useState<MetricsRange>('10m');
  const [paused, setPaused] = useState(false);
  const scheme = useColorScheme();
  const [model, setModel] = useState<PerformanceModel | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);

  useEffect(() => {
    const next = new PerformanceModel(client, feed, vm.uuid, range);
    setModel(next);
    setLoadProblem(null);
    next.load().catch((error: unknown) => setLoadProblem(errorMessage(error)));
    return () => next.dispose();
  }, [client, feed, vm.uuid, range]);

  // The notes (why a chart is empty) and the per-disk numbers follow the latest sample.
  const latest = useFeedValue((metrics) => metrics.latestOf(vm.uuid));
  const running = vm.pid !== null;
  const diskFooter = latest?.disks.length
    ? latest.disks
        .map((d) =>
          format(t.prDiskIops, {
            disk: d.id,
            read: Math.round(d.readOps ?? 0),
            write: Math.round(d.writeOps ?? 0),
          }),
        )
        .join(' · ')
    : undefined;

  const exportCsv = () => {
    if (!model) return;
    try {
      const headers = [
        ...vmSeriesKeys.map((key) => ({ key, label: key })),
        { key: hostKey('cpu'), label: 'hostCpu' },
        { key: hostKey('memUsed'), label: 'hostMemUsed' },
      ];
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      download(`${vm.name}-${range}-${stamp}.csv`, toCsv(model.columns, headers));
    } catch (error) {
      reportError(error, vm.uuid);
    }
  };

  return (
    <div className="performance">
      <div className="performance__toolbar" role="toolbar" aria-label={t.prToolbar}>
        <div className="performance__ranges" role="group" aria-label={t.prRange}>
          {metricsRanges.map((r) => (
            <button
              key={r}
              type="button"
              className="button button--quiet performance__range"
              aria-pressed={r === range}
              onClick={() => setRange(r)}
            >
              {t[rangeLabels[r]]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button performance__pause"
          aria-pressed={paused}
          onClick={() => setPaused(!paused)}
        >
          {t.prPauseLive}
        </button>
        <button type="button" className="button" onClick={exportCsv}>
          {t.prExportCsv}
        </button>
      </div>
      {!running && <p className="performance__status">{t.prNotRunning}</p>}
      {loadProblem && (
        <p className="performance__status" role="alert">
          {format(t.prLoadFailed, { message: loadProblem })}
        </p>
      )}
      <div className="performance__grid">
        {model &&
          chartSpecs.map((spec) => (
            <ChartCard
              key={spec.id}
              spec={spec}
              model={model}
              notes={running ? (latest?.notes ?? []) : []}
              paused={paused}
              themeKey={scheme}
              {...(spec.id === 'disk' && diskFooter ? { footer: diskFooter } : {})}
            />
          ))}
      </div>
    </div>
  );
}
