import { describe, expect, it } from 'vitest';
import { appendPoint, dropBefore, emptyColumns, mergeByTime, withGaps } from './columns';

describe('columns', () => {
  it('appends points and drops the ones before a time', () => {
    const columns = emptyColumns(['cpu']);
    for (const t of [1, 2, 3, 4]) appendPoint(columns, t * 1000, { cpu: t * 10 });
    dropBefore(columns, 2500);
    expect(columns).toEqual({ t: [3000, 4000], series: { cpu: [30, 40] } });
  });

  it('merges two sets of columns on the union of their times', () => {
    const vm = { t: [1000, 2000, 3000], series: { cpu: [1, 2, 3] } };
    const host = { t: [0, 2000, 3000, 4000], series: { 'host.cpu': [10, 20, 30, 40] } };
    expect(mergeByTime(vm, host)).toEqual({
      t: [0, 1000, 2000, 3000, 4000],
      series: { cpu: [null, 1, 2, 3, null], 'host.cpu': [10, null, 20, 30, 40] },
    });
  });

  it('breaks the line where points are too far apart (the VM was off)', () => {
    const columns = { t: [1000, 2000, 60_000], series: { cpu: [1, 2, 3] } };
    expect(withGaps(columns, 5000)).toEqual({
      t: [1000, 2000, 31_000, 60_000],
      series: { cpu: [1, 2, null, 3] },
    });
  });
});
