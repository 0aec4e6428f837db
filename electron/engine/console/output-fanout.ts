/**
 * Streams a producer's output (a guest console, an SSH terminal) to any number of subscribers with
 * end-to-end backpressure: output is batched (every ~16 ms, or 64 KiB), each subscriber acknowledges
 * what it has rendered, and when any subscriber is more than `highWater` bytes behind the producer is
 * paused until every subscriber is back under `lowWater`. Memory stays bounded however fast the
 * guest writes; the guest itself slows down instead.
 */
export interface FanoutOptions {
  batchMs: number;
  maxBatchBytes: number;
  highWater: number;
  lowWater: number;
}

export const defaultFanoutOptions: FanoutOptions = {
  batchMs: 16,
  maxBatchBytes: 64 * 1024,
  highWater: 1024 * 1024,
  lowWater: 256 * 1024,
};

interface Subscriber {
  deliver: (data: Buffer) => void;
  pending: Buffer[];
  pendingBytes: number;
  unacked: number;
  timer: NodeJS.Timeout | undefined;
}

export class OutputFanout<Owner> {
  private readonly streams = new Map<string, Map<Owner, Subscriber>>();
  private readonly paused = new Set<string>();

  constructor(
    private readonly setPaused: (stream: string, paused: boolean) => void,
    private readonly options: FanoutOptions = defaultFanoutOptions,
  ) {}

  subscribe(owner: Owner, stream: string, deliver: (data: Buffer) => void): void {
    const subscribers = this.streams.get(stream) ?? new Map<Owner, Subscriber>();
    this.streams.set(stream, subscribers);
    if (!subscribers.has(owner)) {
      subscribers.set(owner, { deliver, pending: [], pendingBytes: 0, unacked: 0, timer: undefined });
    }
  }

  unsubscribe(owner: Owner, stream: string): void {
    const subscriber = this.streams.get(stream)?.get(owner);
    if (!subscriber) return;
    clearTimeout(subscriber.timer);
    this.streams.get(stream)?.delete(owner);
    this.maybeResume(stream);
  }

  /** Forgets an owner everywhere (its connection closed). */
  dropOwner(owner: Owner): void {
    for (const stream of [...this.streams.keys()]) this.unsubscribe(owner, stream);
  }

  /** Forgets a stream (its producer is gone). */
  dropStream(stream: string): void {
    for (const subscriber of this.streams.get(stream)?.values() ?? []) clearTimeout(subscriber.timer);
    this.streams.delete(stream);
    this.paused.delete(stream);
  }

  isPaused(stream: string): boolean {
    return this.paused.has(stream);
  }

  push(stream: string, chunk: Buffer): void {
    for (const subscriber of this.streams.get(stream)?.values() ?? []) {
      subscriber.pending.push(chunk);
      subscriber.pendingBytes += chunk.length;
      if (subscriber.pendingBytes >= this.options.maxBatchBytes) this.flush(stream, subscriber);
      else subscriber.timer ??= setTimeout(() => this.flush(stream, subscriber), this.options.batchMs);
    }
  }

  ack(owner: Owner, stream: string, bytes: number): void {
    const subscriber = this.streams.get(stream)?.get(owner);
    if (!subscriber) return;
    subscriber.unacked = Math.max(0, subscriber.unacked - bytes);
    this.maybeResume(stream);
  }

  private flush(stream: string, subscriber: Subscriber): void {
    clearTimeout(subscriber.timer);
    subscriber.timer = undefined;
    if (subscriber.pendingBytes === 0) return;
    const data = Buffer.concat(subscriber.pending, subscriber.pendingBytes);
    subscriber.pending = [];
    subscriber.pendingBytes = 0;
    subscriber.unacked += data.length;
    subscriber.deliver(data);
    if (subscriber.unacked > this.options.highWater && !this.paused.has(stream)) {
      this.paused.add(stream);
      this.setPaused(stream, true);
    }
  }

  private maybeResume(stream: string): void {
    if (!this.paused.has(stream)) return;
    const subscribers = [...(this.streams.get(stream)?.values() ?? [])];
    if (subscribers.every((s) => s.unacked <= this.options.lowWater)) {
      this.paused.delete(stream);
      this.setPaused(stream, false);
    }
  }
}
