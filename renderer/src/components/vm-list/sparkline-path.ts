export const WIDTH = 48;
export const HEIGHT = 20;
/** Samples a sparkline shows: the last minute at the default interval. */
export const POINTS = 60;

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
