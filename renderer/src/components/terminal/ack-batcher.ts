/** What the batcher needs of time: injectable, so tests can drive it. */
export interface AckClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: AckClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Coalesces acknowledgements of rendered output: bytes add up, and `send` runs at most once per
 * `intervalMs` with everything added since. The first ack after a quiet period goes out at once,
 * so a trickle of output is acknowledged without delay while a flood costs one request per interval.
 */
export class AckBatcher {
  private pending = 0;
  private lastSent = -Infinity;
  private timer: unknown;
  private disposed = false;

  constructor(
    private readonly send: (bytes: number) => void,
    private readonly intervalMs = 50,
    private readonly clock: AckClock = realClock,
  ) {}

  add(bytes: number): void {
    if (this.disposed || bytes <= 0) return;
    this.pending += bytes;
    if (this.timer !== undefined) return;
    const wait = this.lastSent + this.intervalMs - this.clock.now();
    if (wait <= 0) this.flush();
    else this.timer = this.clock.setTimeout(() => this.flush(), wait);
  }

  /** Sends what is pending now (e.g. before unsubscribing). */
  flush(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === 0 || this.disposed) return;
    const bytes = this.pending;
    this.pending = 0;
    this.lastSent = this.clock.now();
    this.send(bytes);
  }

  /** Stops for good: nothing pending is sent (the subscription it was for is gone). */
  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.disposed = true;
    this.pending = 0;
  }
}
