/**
 * Averages samples into fixed buckets of `stepMs` (aligned to the epoch, so buckets line up across
 * restarts). A bucket is handed on when a sample of a later bucket arrives, or on finish().
 */
export class Downsampler {
  private bucket: number | undefined;
  private sums: number[];
  private counts: number[];

  constructor(
    private readonly fieldCount: number,
    readonly stepMs: number,
    private readonly emit: (t: number, means: number[]) => void,
  ) {
    this.sums = new Array<number>(fieldCount).fill(0);
    this.counts = new Array<number>(fieldCount).fill(0);
  }

  add(t: number, values: ArrayLike<number>): void {
    const bucket = Math.floor(t / this.stepMs) * this.stepMs;
    if (this.bucket !== undefined && bucket !== this.bucket) this.finish();
    this.bucket = bucket;
    for (let f = 0; f < this.fieldCount; f++) {
      const value = values[f] ?? NaN;
      if (Number.isNaN(value)) continue;
      this.sums[f] = (this.sums[f] as number) + value;
      this.counts[f] = (this.counts[f] as number) + 1;
    }
  }

  /** Hands on the bucket being filled, if any. */
  finish(): void {
    if (this.bucket === undefined) return;
    const means = this.sums.map((sum, f) =>
      (this.counts[f] as number) > 0 ? sum / (this.counts[f] as number) : NaN,
    );
    const bucket = this.bucket;
    this.bucket = undefined;
    this.sums.fill(0);
    this.counts.fill(0);
    this.emit(bucket, means);
  }
}
