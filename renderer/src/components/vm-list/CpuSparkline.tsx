import { useEffect, useRef } from 'react';
import { cancelDraw, drawNextFrame } from '../../metrics/frame-scheduler';
import { useAppStore } from '../../store/store-context';

const WIDTH = 48;
const HEIGHT = 20;
const POINTS = 60;

/** An SVG path of CPU values (0–100 %), newest at the right; gaps where there is no value. */
export function sparklinePath(values: ReadonlyArray<number | null>, points = POINTS): string {
  const step = WIDTH / (points - 1);
  const offset = points - values.length;
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = (offset + index) * step;
    const y = HEIGHT - 0.5 - (Math.min(100, Math.max(0, value)) / 100) * (HEIGHT - 1);
    path += `${drawing ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/**
 * The VM's guest CPU over the last minute of samples. It draws straight into its SVG once per
 * animation frame (not through React), so a long list of them stays cheap.
 */
export function CpuSparkline({ uuid }: { uuid: string }) {
  const feed = useAppStore((state) => state.metrics);
  const svg = useRef<SVGSVGElement>(null);
  const line = useRef<SVGPathElement>(null);

  useEffect(() => {
    const owner = {};
    const draw = () => {
      const values = feed.recentCpu(uuid, POINTS);
      line.current?.setAttribute('d', sparklinePath(values));
      const last = values.at(-1);
      if (svg.current) svg.current.dataset.last = last === null || last === undefined ? '' : last.toFixed(1);
    };
    draw();
    const stop = feed.onTick((tick) => {
      if (tick.vms.some((vm) => vm.uuid === uuid)) drawNextFrame(owner, draw);
    });
    return () => {
      stop();
      cancelDraw(owner);
    };
  }, [feed, uuid]);

  return (
    <svg
      ref={svg}
      className="cpu-sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      <path className="cpu-sparkline__baseline" d={`M0 ${HEIGHT - 0.5}H${WIDTH}`} />
      <path ref={line} className="cpu-sparkline__line" />
    </svg>
  );
}
