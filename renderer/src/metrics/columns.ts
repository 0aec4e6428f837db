/** Points of some series over time, as charts want them: times (epoch ms) and a column per series. */
export interface Columns {
  t: number[];
  series: Record<string, Array<number | null>>;
}

export function emptyColumns(keys: readonly string[]): Columns {
  return { t: [], series: Object.fromEntries(keys.map((key) => [key, []])) };
}

/** Appends one point. */
export function appendPoint(
  columns: Columns,
  t: number,
  values: Readonly<Record<string, number | null>>,
): void {
  columns.t.push(t);
  for (const [key, column] of Object.entries(columns.series)) column.push(values[key] ?? null);
}

/** Drops the points before `from` (in place). */
export function dropBefore(columns: Columns, from: number): void {
  let cut = 0;
  while (cut < columns.t.length && (columns.t[cut] as number) < from) cut++;
  if (cut === 0) return;
  columns.t.splice(0, cut);
  for (const column of Object.values(columns.series)) column.splice(0, cut);
}

/**
 * Two sets of columns on one time axis (e.g. a VM's and the host's): the union of their times,
 * null where one has no point. Both must be sorted by time; keys must not clash.
 */
export function mergeByTime(a: Columns, b: Columns): Columns {
  const out = emptyColumns([...Object.keys(a.series), ...Object.keys(b.series)]);
  let i = 0;
  let j = 0;
  const take = (from: Columns, index: number | undefined) => {
    const values: Record<string, number | null> = {};
    if (index !== undefined)
      for (const [key, column] of Object.entries(from.series)) values[key] = column[index] ?? null;
    return values;
  };
  while (i < a.t.length || j < b.t.length) {
    const ta = a.t[i] ?? Infinity;
    const tb = b.t[j] ?? Infinity;
    const t = Math.min(ta, tb);
    const values = { ...take(a, ta === t ? i : undefined), ...take(b, tb === t ? j : undefined) };
    appendPoint(out, t, values);
    if (ta === t) i++;
    if (tb === t) j++;
  }
  return out;
}

/**
 * Marks gaps: where two points are further apart than `maxGapMs` (the VM was stopped), a null point
 * goes between them so a chart breaks its line instead of drawing across the gap.
 */
export function withGaps(columns: Columns, maxGapMs: number): Columns {
  const out = emptyColumns(Object.keys(columns.series));
  const nulls = Object.fromEntries(Object.keys(columns.series).map((key) => [key, null]));
  columns.t.forEach((t, index) => {
    const previous = columns.t[index - 1];
    if (previous !== undefined && t - previous > maxGapMs) appendPoint(out, (previous + t) / 2, nulls);
    const values: Record<string, number | null> = {};
    for (const [key, column] of Object.entries(columns.series)) values[key] = column[index] ?? null;
    appendPoint(out, t, values);
  });
  return out;
}
