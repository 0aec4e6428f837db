import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { metricsRangeMs } from '../../../../../shared/metrics';
import { withGaps } from '../../../metrics/columns';
import { cancelDraw, drawNextFrame } from '../../../metrics/frame-scheduler';
import { formatValue, type ChartSpec } from './chart-specs';
import type { PerformanceModel } from './performance-model';
import { resolveColor } from './resolve-color';

const HEIGHT = 170;

interface Props {
  spec: ChartSpec;
  model: PerformanceModel;
  labels: string[];
  paused: boolean;
  /** Changes when the theme does: the chart is made again with the new colours. */
  themeKey: string;
}

/** Axis steps for bytes: powers of two, so ticks read "64 MiB", "128 MiB". */
const binaryIncrements = Array.from({ length: 51 }, (_, power) => 2 ** power);

function chartOptions(
  spec: ChartSpec,
  model: PerformanceModel,
  labels: string[],
  host: HTMLElement,
  width: number,
): uPlot.Options {
  const text = resolveColor(host, '--text-muted');
  const grid = resolveColor(host, '--chart-grid');
  const format = (value: number | null | undefined) => formatValue(spec.unit, value ?? null);
  return {
    width,
    height: HEIGHT,
    series: [
      {},
      ...spec.series.map((series, index) => ({
        label: labels[index] ?? series.key,
        stroke: resolveColor(host, series.color),
        width: 1.5,
        points: { show: false },
        ...(series.dashed ? { dash: [5, 4] } : {}),
        value: (_u: uPlot, value: number | null) => format(value),
      })),
    ],
    axes: [
      { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } },
      {
        stroke: text,
        size: 78,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
        values: (_u, splits) => splits.map((v) => format(v)),
        ...(spec.unit === 'percent' ? {} : { incrs: binaryIncrements }),
      },
    ],
    scales: {
      // The whole range, ending now (or at the last point, for a VM that stopped).
      x: {
        time: true,
        range: () => {
          const end = Math.max(Date.now() - 1000, model.columns.t.at(-1) ?? 0);
          return [(end - metricsRangeMs[model.range]) / 1000, end / 1000];
        },
      },
      y: {
        range: (_u, _min, max) =>
          spec.unit === 'percent'
            ? [0, Math.max(100, Math.ceil((max ?? 0) / 10) * 10)]
            : [0, Math.max(max * 1.15, spec.unit === 'bytes' ? 2 ** 20 : 2 ** 10)],
      },
    },
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
  };
}

/**
 * One uPlot chart of a PerformanceModel's columns. It redraws on the model's changes, at most once
 * per animation frame, never while paused or while the page is hidden. The plotted numbers are
 * also on the element (data-points, data-last) for tests and tools to read.
 */
export function UPlotChart({ spec, model, labels, paused, themeKey }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const plot = new uPlot(
      chartOptions(spec, model, labels, element, element.clientWidth || 400),
      [[]],
      element,
    );
    const owner = {};
    const draw = () => {
      const columns = withGaps(model.columns, Math.max(3 * model.stepMs, 5000));
      const data: uPlot.AlignedData = [
        columns.t.map((t) => t / 1000),
        ...spec.series.map((series) => columns.series[series.key] ?? columns.t.map(() => null)),
      ];
      plot.setData(data);
      // Away from the cursor, the legend shows the newest values.
      if ((plot.cursor.left ?? -1) < 0 && columns.t.length > 0) plot.setLegend({ idx: columns.t.length - 1 });
      element.dataset.points = String(model.columns.t.length);
      const last = Object.fromEntries(
        spec.series.map((series) => [series.key, lastValue(model.columns.series[series.key])]),
      );
      element.dataset.last = JSON.stringify(last);
    };
    draw();
    const stop = paused ? () => undefined : model.onChange(() => drawNextFrame(owner, draw));
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    return () => {
      stop();
      cancelDraw(owner);
      resize.disconnect();
      plot.destroy();
    };
  }, [spec, model, labels, paused, themeKey]);

  return <div ref={container} className="performance-chart__plot" data-chart={spec.id} />;
}

function lastValue(column: ReadonlyArray<number | null> | undefined): number | null {
  if (!column) return null;
  for (let i = column.length - 1; i >= 0; i--) if (column[i] !== null) return column[i] as number;
  return null;
}
