import { randomInt } from 'node:crypto';
import { createConnection, type Socket } from 'node:net';
import { VireoError } from '../../../shared/errors';
import { LineSplitter } from '../qmp/line-splitter';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  syncId?: number;
};

/** qemu-ga answers guest-shutdown and friends with nothing: the guest goes away instead. */
export const NO_REPLY_COMMANDS: ReadonlySet<string> = new Set(['guest-shutdown', 'guest-suspend-disk']);

/**
 * One connection to a guest's qemu-ga, through QEMU's chardev socket. Commands run one at a time
 * (qemu-ga answers in order and has no ids). Each connection starts with guest-sync-delimited: the
 * agent may still hold a half-read command, or answers to commands of an earlier client, and the
 * 0xFF it sends before the sync answer marks where our conversation begins.
 */
export class AgentChannel {
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending | undefined;
  private synced = false;
  private closed = false;
  private splitter = this.newSplitter();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      // 0xFF is never part of UTF-8 JSON: it comes just before a sync answer, and whatever came
      // before it is stale.
      const marker = chunk.lastIndexOf(0xff);
      if (marker !== -1) {
        this.synced = true;
        this.splitter = this.newSplitter();
        chunk = chunk.subarray(marker + 1);
      }
      if (this.synced) this.splitter.push(chunk);
    });
    socket.on('close', () => this.fail(new VireoError('UNSUPPORTED', 'the guest agent disconnected')));
    socket.on('error', () => undefined);
  }

  private newSplitter(): LineSplitter {
    return new LineSplitter(
      (line) => this.onLine(line),
      () => undefined,
      4 * 1024 * 1024,
    );
  }

  static async open(path: string, timeoutMs: number): Promise<AgentChannel> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = createConnection(path);
      s.once('connect', () => resolve(s));
      s.once('error', (error) =>
        reject(new VireoError('UNSUPPORTED', `cannot reach the guest agent socket: ${error.message}`)),
      );
    });
    const channel = new AgentChannel(socket);
    try {
      await channel.sync(timeoutMs);
    } catch (error) {
      channel.close();
      throw error;
    }
    return channel;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Runs one agent command; `undefined` for commands the agent does not answer. */
  execute<T = unknown>(command: string, args?: object, timeoutMs = 5000): Promise<T> {
    const turn = this.queue.then(() => this.send(command, args, timeoutMs) as Promise<T>);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private sync(timeoutMs: number): Promise<unknown> {
    const id = randomInt(1, 2 ** 31);
    // A leading 0xFF makes the agent drop whatever partial command it was parsing.
    this.socket.write(Buffer.from([0xff]));
    return this.send('guest-sync-delimited', { id }, timeoutMs, id);
  }

  private send(
    command: string,
    args: object | undefined,
    timeoutMs: number,
    syncId?: number,
  ): Promise<unknown> {
    if (this.closed) return Promise.reject(new VireoError('UNSUPPORTED', 'the guest agent disconnected'));
    const line = JSON.stringify(args ? { execute: command, arguments: args } : { execute: command });
    if (NO_REPLY_COMMANDS.has(command)) {
      this.socket.write(`${line}\n`);
      return Promise.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        // The answer may still come; this connection's order is lost, so it ends here.
        this.close();
        reject(new VireoError('TIMEOUT', `the guest agent did not answer ${command} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending = { resolve, reject, timer, ...(syncId === undefined ? {} : { syncId }) };
      this.socket.write(`${line}\n`);
    });
  }

  private onLine(line: string): void {
    const pending = this.pending;
    if (!pending) return;
    let message: { return?: unknown; error?: { class?: string; desc?: string } };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return;
    }
    // A stale sync answer (of an earlier client) is not ours.
    if (pending.syncId !== undefined && message.return !== pending.syncId) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    if (message.error) {
      pending.reject(
        new VireoError('QMP_ERROR', `guest agent: ${message.error.desc ?? message.error.class}`),
      );
    } else {
      pending.resolve(message.return);
    }
  }

  private fail(error: Error): void {
    this.closed = true;
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    pending.reject(error);
  }
}
