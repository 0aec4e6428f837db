import { useMemo } from 'react';
import type { MetricNote } from '../../../../../shared/metrics';
import { useMessages } from '../../../i18n/use-messages';
import type { ChartSpec } from './chart-specs';
import type { PerformanceModel } from './performance-model';
import { UPlotChart } from './UPlotChart';

interface Props {
  spec: ChartSpec;
  model: PerformanceModel;
  notes: readonly MetricNote[];
  paused: boolean;
  themeKey: string;
  footer?: string;
}

/** A titled chart, with why it has no data when that is so. */
export function ChartCard({ spec, model, notes, paused, themeKey, footer }: Props) {
  const t = useMessages();
  const labels = useMemo(() => spec.series.map((series) => t[series.label]), [spec, t]);
  const note = spec.note(notes);
  return (
    <section className="performance-chart" aria-labelledby={`chart-${spec.id}`}>
      <h3 id={`chart-${spec.id}`} className="performance-chart__title">
        {t[spec.title]}
      </h3>
      <div role="img" aria-label={t[spec.title]}>
        <UPlotChart spec={spec} model={model} labels={labels} paused={paused} themeKey={themeKey} />
      </div>
      {note && (
        <p className="performance-chart__note" role="note">
          {t[note]}
        </p>
      )}
      {footer && <p className="performance-chart__footer">{footer}</p>}
    </section>
  );
}
