/** Columns of numbers, oldest first: times (epoch ms) and one array per series; NaN is "no value". */
export interface Columns {
  t: number[];
  values: number[][];
}

/**
 * The last `capacity` samples of some series, in typed arrays (values as float32: ample precision
 * for charts, half the memory). Pushing past capacity overwrites the oldest.
 */
export class ColumnRing {
  private readonly times: Float64Array;
  private readonly columns: Float32Array[];
  private start = 0;
  private count = 0;

  constructor(
    readonly fieldCount: number,
    readonly capacity: number,
  ) {
    this.times = new Float64Array(capacity);
    this.columns = Array.from({ length: fieldCount }, () => new Float32Array(capacity));
  }

  get size(): number {
    return this.count;
  }

  /** The oldest time held, or undefined when empty. */
  get firstTime(): number | undefined {
    return this.count === 0 ? undefined : this.times[this.start];
  }

  get lastTime(): number | undefined {
    return this.count === 0 ? undefined : this.times[(this.start + this.count - 1) % this.capacity];
  }

  push(t: number, values: ArrayLike<number>): void {
    const at = (this.start + this.count) % this.capacity;
    this.times[at] = t;
    for (let f = 0; f < this.fieldCount; f++) (this.columns[f] as Float32Array)[at] = values[f] ?? NaN;
    if (this.count < this.capacity) this.count++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** The samples with from ≤ t, oldest first. */
  since(from: number): Columns {
    const out: Columns = { t: [], values: Array.from({ length: this.fieldCount }, () => []) };
    for (let i = 0; i < this.count; i++) {
      const at = (this.start + i) % this.capacity;
      const t = this.times[at] as number;
      if (t < from) continue;
      out.t.push(t);
      for (let f = 0; f < this.fieldCount; f++)
        out.values[f]?.push((this.columns[f] as Float32Array)[at] as number);
    }
    return out;
  }
}
