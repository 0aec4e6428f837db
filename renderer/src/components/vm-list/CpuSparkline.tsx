import { useEffect, useRef } from 'react';
import { cancelDraw, drawNextFrame } from '../../metrics/frame-scheduler';
import { useAppStore } from '../../store/store-context';
import { HEIGHT, POINTS, sparklinePath, WIDTH } from './sparkline-path';

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
