import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';
import { VireoError } from '../../../shared/errors';
import { LineSplitter } from './line-splitter';
import type { QmpCommandName, QmpCommands, QmpEvent, QmpGreeting } from './qmp-types';

export interface QmpClientOptions {
  /** How long to wait for the socket, the greeting and the capabilities handshake. */
  connectTimeoutMs?: number;
  /** Default per-command timeout. */
  commandTimeoutMs?: number;
  /**
   * Listens for 'event' from the very first frame. QEMU may send events during the handshake (even
   * in the greeting's chunk, or right after the qmp_capabilities return), before `connect` resolves;
   * a listener added with `client.on('event')` afterwards never sees those.
   */
  onEvent?: (event: QmpEvent) => void;
}

interface Pending {
  command: string;
  resolve: (value: unknown) => void;
  reject: (error: VireoError) => void;
  timer: NodeJS.Timeout;
}

type QmpClientEvents = {
  event: [QmpEvent];
  /** A frame that is not QMP: logged by the owner, never fatal. */
  protocolError: [string];
  close: [];
};

/**
 * A QMP client over a unix socket: greeting + qmp_capabilities handshake, request ids,
 * per-command timeouts, events at any time (even mid-handshake), typed errors.
 */
export class QmpClient extends EventEmitter<QmpClientEvents> {
  private readonly pending = new Map<string, Pending>();
  private nextId = 1;
  private closed = false;
  private greeting: QmpGreeting | undefined;
  private onGreeting: ((greeting: QmpGreeting) => void) | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly commandTimeoutMs: number,
  ) {
    super();
    const splitter = new LineSplitter(
      (line) => this.handleLine(line),
      (bytes) => this.emit('protocolError', `dropped an oversized QMP frame (${bytes} bytes)`),
    );
    socket.on('data', (chunk) => splitter.push(chunk));
    socket.on('error', () => undefined); // 'close' follows and reports it
    socket.on('close', () => this.handleClose());
  }

  static async connect(path: string, options: QmpClientOptions = {}): Promise<QmpClient> {
    const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    const socket = connect(path);
    const client = new QmpClient(socket, options.commandTimeoutMs ?? 10_000);
    if (options.onEvent) client.on('event', options.onEvent);
    const deadline = setTimeout(() => socket.destroy(), connectTimeoutMs);
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('error', (error) => reject(error));
        socket.once('close', () => reject(new Error('closed before connecting')));
      });
      await client.waitForGreeting(connectTimeoutMs);
      await client.execute('qmp_capabilities', {}, { timeoutMs: connectTimeoutMs });
      return client;
    } catch (error) {
      socket.destroy();
      const why = error instanceof Error ? error.message : String(error);
      throw new VireoError('QMP_ERROR', `could not open QMP at ${path}: ${why}`);
    } finally {
      clearTimeout(deadline);
    }
  }

  get qemuVersion(): QmpGreeting['version'] | undefined {
    return this.greeting?.version;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  execute<C extends QmpCommandName>(
    command: C,
    args: QmpCommands[C]['args'] = {} as QmpCommands[C]['args'],
    options: { timeoutMs?: number } = {},
  ): Promise<QmpCommands[C]['result']> {
    if (this.closed) return Promise.reject(new VireoError('QMP_ERROR', `QMP connection closed (${command})`));
    const id = `v${this.nextId++}`;
    const timeoutMs = options.timeoutMs ?? this.commandTimeoutMs;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new VireoError('TIMEOUT', `QMP command ${command} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { command, resolve: resolve as (value: unknown) => void, reject, timer });
      const frame =
        Object.keys(args).length > 0 ? { execute: command, arguments: args, id } : { execute: command, id };
      this.socket.write(`${JSON.stringify(frame)}\n`);
    });
  }

  /**
   * Runs `issue` (which calls execute() synchronously, any number of times) with the socket corked:
   * the commands leave in one write and come back in one round trip.
   */
  batch<T>(issue: () => T): T {
    this.socket.cork();
    try {
      return issue();
    } finally {
      this.socket.uncork();
    }
  }

  close(): void {
    this.socket.destroy();
  }

  private waitForGreeting(timeoutMs: number): Promise<QmpGreeting> {
    if (this.greeting) return Promise.resolve(this.greeting);
    if (this.closed) return Promise.reject(new Error('closed before the QMP greeting'));
    return new Promise((resolve, reject) => {
      // Every way out clears the timer and the close listener, so a failed connect leaves no timer
      // holding the event loop open for connectTimeoutMs.
      const settle = (outcome: () => void): void => {
        clearTimeout(timer);
        this.off('close', onClose);
        this.onGreeting = undefined;
        outcome();
      };
      const onClose = (): void => settle(() => reject(new Error('closed before the QMP greeting')));
      const timer = setTimeout(
        () => settle(() => reject(new Error(`no QMP greeting within ${timeoutMs} ms`))),
        timeoutMs,
      );
      this.onGreeting = (greeting) => settle(() => resolve(greeting));
      this.once('close', onClose);
    });
  }

  private handleLine(line: string): void {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      this.emit('protocolError', `not JSON: ${line.slice(0, 200)}`);
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.emit('protocolError', `not a QMP object: ${line.slice(0, 200)}`);
      return;
    }
    const frame = message as Record<string, unknown>;
    if (isObject(frame.QMP)) return this.handleGreeting(frame.QMP);
    if (typeof frame.event === 'string') return this.handleEvent(frame);
    if ('return' in frame || isObject(frame.error)) return this.handleResponse(frame);
    this.emit('protocolError', `unknown QMP frame: ${line.slice(0, 200)}`);
  }

  private handleGreeting(body: Record<string, unknown>): void {
    if (this.greeting) {
      this.emit('protocolError', 'a second QMP greeting');
      return;
    }
    this.greeting = body as unknown as QmpGreeting;
    this.onGreeting?.(this.greeting);
  }

  private handleEvent(frame: Record<string, unknown>): void {
    const timestamp = isObject(frame.timestamp) ? frame.timestamp : {};
    this.emit('event', {
      event: frame.event as string,
      data: isObject(frame.data) ? frame.data : {},
      timestamp: {
        seconds: typeof timestamp.seconds === 'number' ? timestamp.seconds : 0,
        microseconds: typeof timestamp.microseconds === 'number' ? timestamp.microseconds : 0,
      },
    });
  }

  private handleResponse(frame: Record<string, unknown>): void {
    const id = typeof frame.id === 'string' ? frame.id : undefined;
    const pending = id === undefined ? undefined : this.pending.get(id);
    if (!pending || id === undefined) {
      const shownId = String(JSON.stringify(frame.id)).slice(0, 200); // the peer picks the id: cap it like a line
      this.emit('protocolError', `a QMP response for no pending command (id ${shownId})`);
      return;
    }
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (isObject(frame.error)) {
      const errorClass = typeof frame.error.class === 'string' ? frame.error.class : 'GenericError';
      const desc = typeof frame.error.desc === 'string' ? frame.error.desc : 'unknown error';
      pending.reject(new VireoError('QMP_ERROR', `${pending.command}: ${desc}`, { class: errorClass, desc }));
    } else {
      pending.resolve(frame.return);
    }
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new VireoError('QMP_ERROR', `QMP connection closed during ${pending.command}`));
      this.pending.delete(id);
    }
    this.emit('close');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
