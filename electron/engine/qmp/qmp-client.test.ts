import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { QmpClient, type QmpClientOptions } from './qmp-client';
import type { QmpEvent } from './qmp-types';

const GREETING =
  '{"QMP":{"version":{"qemu":{"micro":22,"minor":2,"major":7},"package":"Debian 1:7.2+dfsg-7"},"capabilities":["oob"]}}\r\n';

// ---------------------------------------------------------------------------------------------
// A fake QMP server on a unix socket, driven by a per-test script.
// ---------------------------------------------------------------------------------------------

interface Command {
  execute: string;
  arguments?: Record<string, unknown>;
  id: string;
}

/** The server's end of one client connection. */
class Peer {
  /** Every command received, in order. */
  readonly commands: Command[] = [];
  bytesReceived = 0;
  readonly closed: Promise<void>;
  private buffered = '';

  constructor(
    readonly socket: Socket,
    private readonly onCommand: (command: Command, peer: Peer) => void,
  ) {
    this.closed = once(socket, 'close').then(() => undefined);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  /** Writes raw bytes; resolves once they are handed to the kernel. */
  send(data: string | Buffer): Promise<void> {
    return new Promise((resolve) => this.socket.write(data, () => resolve()));
  }

  reply(command: Command, value: unknown = {}): Promise<void> {
    return this.send(`${JSON.stringify({ return: value, id: command.id })}\r\n`);
  }

  fail(command: Command, errorClass: string, desc: string): Promise<void> {
    return this.send(`${JSON.stringify({ error: { class: errorClass, desc }, id: command.id })}\r\n`);
  }

  private receive(chunk: Buffer): void {
    this.bytesReceived += chunk.length;
    this.buffered += chunk.toString('utf8');
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) !== -1) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      const command = JSON.parse(line) as Command;
      this.commands.push(command);
      this.onCommand(command, this);
    }
  }
}

interface Script {
  /** Runs when a client connects. Default: send the greeting. */
  onConnection?: (peer: Peer) => void;
  /** Answers qmp_capabilities. Default: an empty return. */
  onCapabilities?: (command: Command, peer: Peer) => void;
  /** Answers every other command. Default: no answer. */
  onCommand?: (command: Command, peer: Peer) => void;
}

interface FakeQmp {
  path: string;
  server: Server;
  /** The next (or, once connected, the first) connection. */
  firstPeer: Promise<Peer>;
}

let dir: string;
const cleanups: (() => unknown)[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vireo-qmp-test-'));
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function startFakeQmp(script: Script = {}): Promise<FakeQmp> {
  const path = join(dir, 'qmp.sock');
  const peers: Peer[] = [];
  let firstPeerArrived: (peer: Peer) => void = () => undefined;
  const firstPeer = new Promise<Peer>((resolve) => (firstPeerArrived = resolve));
  const server = createServer((socket) => {
    const peer = new Peer(socket, (command, self) => {
      if (command.execute === 'qmp_capabilities') {
        if (script.onCapabilities) script.onCapabilities(command, self);
        else void self.reply(command);
      } else {
        script.onCommand?.(command, self);
      }
    });
    peers.push(peer);
    firstPeerArrived(peer);
    if (script.onConnection) script.onConnection(peer);
    else void peer.send(GREETING);
  });
  server.listen(path);
  await once(server, 'listening');
  cleanups.push(async () => {
    for (const peer of peers) peer.socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { path, server, firstPeer };
}

async function connectTo(fake: FakeQmp, options?: QmpClientOptions): Promise<QmpClient> {
  const client = await QmpClient.connect(fake.path, options);
  cleanups.push(() => client.close());
  return client;
}

/** The error a promise rejects with (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<VireoError> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.resolved)}`);
  expect(outcome.error).toBeInstanceOf(VireoError);
  return outcome.error as VireoError;
}

/** Collects emitted values; `waitFor(n)` resolves once n have arrived. */
function recorder<T>(): { items: T[]; push: (item: T) => void; waitFor: (count: number) => Promise<T[]> } {
  const items: T[] = [];
  const waiters: { count: number; resolve: (items: T[]) => void }[] = [];
  return {
    items,
    push(item) {
      items.push(item);
      for (const waiter of waiters.filter((w) => items.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(items);
      }
    },
    waitFor(count) {
      if (items.length >= count) return Promise.resolve(items);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
  };
}

function recordEvents(client: QmpClient): ReturnType<typeof recorder<QmpEvent>> {
  const events = recorder<QmpEvent>();
  client.on('event', events.push);
  return events;
}

function recordProtocolErrors(client: QmpClient): ReturnType<typeof recorder<string>> {
  const errors = recorder<string>();
  client.on('protocolError', errors.push);
  return errors;
}

function eventFrame(name: string, data: Record<string, unknown> = {}, seconds = 1700000000): string {
  return `${JSON.stringify({ event: name, data, timestamp: { seconds, microseconds: 123 } })}\r\n`;
}

/** Lets the event loop run a few full turns (for asserting that something did NOT happen). */
async function eventLoopTurns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

// ---------------------------------------------------------------------------------------------

describe('QmpClient handshake', () => {
  it('sends nothing before the greeting, then qmp_capabilities exactly once before any other command', async () => {
    const fake = await startFakeQmp({
      onConnection: () => undefined, // greet by hand below
      onCommand: (command, peer) => void peer.reply(command, { status: 'running', running: true }),
    });
    const connecting = QmpClient.connect(fake.path);
    const peer = await fake.firstPeer;
    await eventLoopTurns(5);
    expect(peer.bytesReceived).toBe(0);

    await peer.send(GREETING);
    const client = await connecting;
    cleanups.push(() => client.close());
    await client.execute('query-status');
    await client.execute('query-status');

    expect(peer.commands.map((command) => command.execute)).toEqual([
      'qmp_capabilities',
      'query-status',
      'query-status',
    ]);
    expect(peer.commands[0]).not.toHaveProperty('arguments');
  });

  it('resolves connect only after the qmp_capabilities return', async () => {
    const capabilities = recorder<{ command: Command; peer: Peer }>();
    const fake = await startFakeQmp({
      onCapabilities: (command, peer) => capabilities.push({ command, peer }),
    });
    let connected = false;
    const connecting = QmpClient.connect(fake.path).then((client) => {
      connected = true;
      cleanups.push(() => client.close());
      return client;
    });

    const [held] = await capabilities.waitFor(1);
    await eventLoopTurns(5);
    expect(connected).toBe(false);

    await held?.peer.reply(held.command);
    await connecting;
    expect(connected).toBe(true);
  });

  it('exposes the QEMU version from the greeting', async () => {
    const client = await connectTo(await startFakeQmp());
    expect(client.qemuVersion).toEqual({
      qemu: { major: 7, minor: 2, micro: 22 },
      package: 'Debian 1:7.2+dfsg-7',
    });
    expect(client.isClosed).toBe(false);
  });

  describe('fails with QMP_ERROR naming the socket path when', () => {
    it('there is no socket file', async () => {
      const path = join(dir, 'missing.sock');
      const error = await rejectionOf(QmpClient.connect(path));
      expect(error.code).toBe('QMP_ERROR');
      expect(error.message).toContain(path);
    });

    it('the server closes before the greeting', async () => {
      const fake = await startFakeQmp({ onConnection: (peer) => peer.socket.end() });
      const error = await rejectionOf(QmpClient.connect(fake.path, { connectTimeoutMs: 60_000 }));
      expect(error.code).toBe('QMP_ERROR');
      expect(error.message).toContain(fake.path);
      expect(error.message).toMatch(/closed/);
    });

    it('no greeting arrives within connectTimeoutMs', async () => {
      const fake = await startFakeQmp({ onConnection: () => undefined });
      const started = performance.now();
      const error = await rejectionOf(QmpClient.connect(fake.path, { connectTimeoutMs: 150 }));
      const elapsed = performance.now() - started;
      expect(error.code).toBe('QMP_ERROR');
      expect(error.message).toContain(fake.path);
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(3000);
      const peer = await fake.firstPeer;
      await peer.closed; // it hung up rather than leaving the socket open
    });

    it('qmp_capabilities is answered with an error', async () => {
      const fake = await startFakeQmp({
        onCapabilities: (command, peer) =>
          void peer.fail(command, 'GenericError', 'Capabilities negotiation is already complete'),
      });
      const error = await rejectionOf(QmpClient.connect(fake.path));
      expect(error.code).toBe('QMP_ERROR');
      expect(error.message).toContain(fake.path);
      expect(error.message).toContain('Capabilities negotiation is already complete');
      const peer = await fake.firstPeer;
      await peer.closed;
    });
  });

  it('leaves no timer running after a failed connect', async () => {
    const fake = await startFakeQmp({ onConnection: (peer) => peer.socket.end() });
    const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    await rejectionOf(QmpClient.connect(fake.path, { connectTimeoutMs: 60_000 }));
    expect(timers()).toBe(before);
  });
});

describe('QmpClient events during the handshake', () => {
  it('delivers events sent with the greeting, before and with the capabilities return, in order, to onEvent', async () => {
    const fake = await startFakeQmp({
      onConnection: (peer) => void peer.send(GREETING + eventFrame('IN_GREETING_CHUNK')),
      onCapabilities: (command, peer) => {
        void peer.send(eventFrame('BEFORE_RETURN'));
        void peer.send(`${JSON.stringify({ return: {}, id: command.id })}\r\n${eventFrame('WITH_RETURN')}`);
      },
      onCommand: (command, peer) =>
        void peer.send(eventFrame('LATER') + JSON.stringify({ return: {}, id: command.id }) + '\n'),
    });
    const events = recorder<QmpEvent>();
    const client = await connectTo(fake, { onEvent: events.push });
    await client.execute('cont');

    expect(events.items.map((event) => event.event)).toEqual([
      'IN_GREETING_CHUNK',
      'BEFORE_RETURN',
      'WITH_RETURN',
      'LATER',
    ]);
    expect(events.items[0]).toEqual({
      event: 'IN_GREETING_CHUNK',
      data: {},
      timestamp: { seconds: 1700000000, microseconds: 123 },
    });
  });

  it('also emits onEvent events to listeners added after connect', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.send(eventFrame('RESUME') + JSON.stringify({ return: {}, id: command.id }) + '\n'),
    });
    const viaOption = recorder<QmpEvent>();
    const client = await connectTo(fake, { onEvent: viaOption.push });
    const viaListener = recordEvents(client);
    await client.execute('cont');
    expect(viaOption.items.map((event) => event.event)).toEqual(['RESUME']);
    expect(viaListener.items.map((event) => event.event)).toEqual(['RESUME']);
  });
});

describe('QmpClient framing', () => {
  it('reassembles a response sent byte by byte, including inside multi-byte UTF-8 characters', async () => {
    const name = 'vm-ünïcödé-€-😀-日本';
    const fake = await startFakeQmp({
      onCommand: async (command, peer) => {
        const bytes = Buffer.from(`${JSON.stringify({ return: { name }, id: command.id })}\r\n`, 'utf8');
        for (const byte of bytes) await peer.send(Buffer.from([byte]));
      },
    });
    const client = await connectTo(fake);
    const errors = recordProtocolErrors(client);
    await expect(client.execute('query-name')).resolves.toEqual({ name });
    expect(errors.items).toEqual([]);
  });

  it('handles several frames in one chunk', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.send(
          eventFrame('STOP') +
            `${JSON.stringify({ return: { status: 'paused', running: false }, id: command.id })}\r\n` +
            eventFrame('RESUME'),
        ),
    });
    const client = await connectTo(fake);
    const events = recordEvents(client);
    await expect(client.execute('query-status')).resolves.toEqual({ status: 'paused', running: false });
    await events.waitFor(2);
    expect(events.items.map((event) => event.event)).toEqual(['STOP', 'RESUME']);
  });

  it('accepts \\r\\n and bare \\n line endings and skips blank lines without complaint', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.send(
          `\r\n\n   \r\n${JSON.stringify({ event: 'A', data: {} })}\n\r\n\n` +
            `${JSON.stringify({ event: 'B', data: {} })}\r\n  \n${JSON.stringify({ return: 42, id: command.id })}\n\n`,
        ),
    });
    const client = await connectTo(fake);
    const events = recordEvents(client);
    const errors = recordProtocolErrors(client);
    await expect(client.execute('query-status')).resolves.toBe(42);
    expect(events.items.map((event) => event.event)).toEqual(['A', 'B']);
    expect(errors.items).toEqual([]);
  });

  it('fills in missing event data and timestamp', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.send(
          `{"event":"POWERDOWN"}\n{"event":"X","data":[1],"timestamp":{"seconds":"1"}}\n{"return":{},"id":"${command.id}"}\n`,
        ),
    });
    const client = await connectTo(fake);
    const events = recordEvents(client);
    await client.execute('system_powerdown');
    expect(events.items).toEqual([
      { event: 'POWERDOWN', data: {}, timestamp: { seconds: 0, microseconds: 0 } },
      { event: 'X', data: {}, timestamp: { seconds: 0, microseconds: 0 } },
    ]);
  });
});

describe('QmpClient request ids', () => {
  it('resolves concurrent commands answered out of order to the right callers', async () => {
    const received: Command[] = [];
    const fake = await startFakeQmp({
      onCommand: (command, peer) => {
        received.push(command);
        if (received.length === 3) {
          for (const each of [...received].reverse()) {
            void peer.reply(each, `output of ${String(each.arguments?.['command-line'])}`);
          }
        }
      },
    });
    const client = await connectTo(fake);
    const results = await Promise.all(
      ['info a', 'info b', 'info c'].map((line) =>
        client.execute('human-monitor-command', { 'command-line': line }),
      ),
    );
    expect(results).toEqual(['output of info a', 'output of info b', 'output of info c']);
    expect(new Set(received.map((command) => command.id)).size).toBe(3);
  });

  it('reports responses with an unknown, missing or non-string id without disturbing pending commands', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.send(
          `{"return":{},"id":"nope"}\r\n{"return":{}}\r\n{"return":{},"id":1}\r\n` +
            `{"error":{"class":"GenericError","desc":"x"}}\r\n${JSON.stringify({ return: { UUID: 'u-1' }, id: command.id })}\r\n`,
        ),
    });
    const client = await connectTo(fake);
    const errors = recordProtocolErrors(client);
    await expect(client.execute('query-uuid')).resolves.toEqual({ UUID: 'u-1' });
    expect(errors.items).toHaveLength(4);
    expect(errors.items[0]).toContain('"nope"');
    expect(errors.items[1]).toContain('no pending command');
    expect(errors.items[2]).toContain('(id 1)');
    expect(errors.items[3]).toContain('no pending command');
    // The client is still in working order.
    expect(client.isClosed).toBe(false);
  });
});

describe('QmpClient errors', () => {
  it('rejects with QMP_ERROR carrying the error class and description', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void peer.fail(command, 'CommandNotFound', 'The command nonsense has not been found'),
    });
    const client = await connectTo(fake);
    const error = await rejectionOf(client.execute('query-status'));
    expect(error.code).toBe('QMP_ERROR');
    expect(error.details).toEqual({
      class: 'CommandNotFound',
      desc: 'The command nonsense has not been found',
    });
    expect(error.message).toContain('The command nonsense has not been found');
    expect(error.message).toContain('query-status');
  });

  it('falls back to GenericError for an error without class or desc, and keeps working', async () => {
    let calls = 0;
    const fake = await startFakeQmp({
      onCommand: (command, peer) =>
        void (calls++ === 0
          ? peer.send(`{"error":{},"id":"${command.id}"}\n`)
          : peer.reply(command, { status: 'running', running: true })),
    });
    const client = await connectTo(fake);
    const error = await rejectionOf(client.execute('stop'));
    expect(error.code).toBe('QMP_ERROR');
    expect(error.details).toEqual({ class: 'GenericError', desc: 'unknown error' });
    await expect(client.execute('query-status')).resolves.toEqual({ status: 'running', running: true });
  });
});

describe('QmpClient timeouts', () => {
  it('rejects an unanswered command with TIMEOUT after its timeoutMs, ignores the late answer, and keeps working', async () => {
    const unanswered: Command[] = [];
    const fake = await startFakeQmp({
      onCommand: (command, peer) => {
        if (command.execute === 'stop') unanswered.push(command);
        else void peer.reply(command, { status: 'paused', running: false });
      },
    });
    const client = await connectTo(fake);
    const errors = recordProtocolErrors(client);

    const started = performance.now();
    const error = await rejectionOf(client.execute('stop', {}, { timeoutMs: 100 }));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toContain('stop');
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(3000);

    const [late] = unanswered;
    if (!late) throw new Error('the server never saw the stop command');
    await (await fake.firstPeer).reply(late);
    await errors.waitFor(1);
    expect(errors.items[0]).toContain(JSON.stringify(late.id));

    await expect(client.execute('query-status')).resolves.toEqual({ status: 'paused', running: false });
    expect(client.isClosed).toBe(false);
  });

  it('uses commandTimeoutMs as the default timeout', async () => {
    const client = await connectTo(await startFakeQmp(), { commandTimeoutMs: 50 });
    const error = await rejectionOf(client.execute('query-status'));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toContain('50 ms');
  });

  it('times out only the command that went unanswered', async () => {
    const fake = await startFakeQmp({
      onCommand: (command, peer) => {
        if (command.execute !== 'stop') void peer.reply(command, 'ok');
      },
    });
    const client = await connectTo(fake);
    const stop = client.execute('stop', {}, { timeoutMs: 80 });
    const other = client.execute(
      'human-monitor-command',
      { 'command-line': 'info status' },
      { timeoutMs: 10_000 },
    );
    await expect(other).resolves.toBe('ok');
    expect((await rejectionOf(stop)).code).toBe('TIMEOUT');
  });
});

describe('QmpClient close', () => {
  it('rejects every pending command with QMP_ERROR and emits close once when the server hangs up', async () => {
    const received: Command[] = [];
    const fake = await startFakeQmp({
      onCommand: (command, peer) => {
        received.push(command);
        if (received.length === 2) peer.socket.destroy();
      },
    });
    const client = await connectTo(fake, { commandTimeoutMs: 60_000 });
    let closes = 0;
    client.on('close', () => closes++);
    const closed = once(client, 'close');

    const errors = await Promise.all([
      rejectionOf(client.execute('stop')),
      rejectionOf(client.execute('cont')),
    ]);
    await closed;
    expect(errors.map((error) => error.code)).toEqual(['QMP_ERROR', 'QMP_ERROR']);
    expect(errors[0]?.message).toContain('stop');
    expect(errors[1]?.message).toContain('cont');
    expect(client.isClosed).toBe(true);

    client.close(); // a second close is harmless and does not emit again
    await eventLoopTurns(3);
    expect(closes).toBe(1);
  });

  it('rejects execute after close immediately, before the event loop turns', async () => {
    const fake = await startFakeQmp();
    const client = await connectTo(fake, { commandTimeoutMs: 60_000 });
    const peer = await fake.firstPeer;
    const closed = once(client, 'close');
    peer.socket.destroy();
    await closed;

    const outcome = await Promise.race([
      rejectionOf(client.execute('query-status')),
      eventLoopTurns(1).then(() => 'still pending after an event loop turn'),
    ]);
    expect(outcome).toBeInstanceOf(VireoError);
    expect(outcome).toMatchObject({ code: 'QMP_ERROR', message: expect.stringMatching(/closed/) });
  });

  it('rejects pending commands when the client closes the connection itself', async () => {
    const fake = await startFakeQmp();
    const client = await connectTo(fake, { commandTimeoutMs: 60_000 });
    const pending = client.execute('query-status');
    const closed = once(client, 'close');
    client.close();
    await closed;
    expect((await rejectionOf(pending)).code).toBe('QMP_ERROR');
    const peer = await fake.firstPeer;
    await peer.closed;
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: a stream of malformed frames with valid events and real answers mixed in.
// ---------------------------------------------------------------------------------------------

type Random = { next: () => number; int: (below: number) => number; pick: <T>(items: readonly T[]) => T };

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with the same seed. */
function prng(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

/** Replay another run with VIREO_QMP_FUZZ_SEED=<number>. */
const FUZZ_SEED = Number(process.env.VIREO_QMP_FUZZ_SEED ?? 0x5eed_c0de);
const FUZZ_FRAMES = 10_000;
/** The client sends a real command on every Nth fuzz event, so commands overlap the stream. */
const COMMAND_EVERY = 25;

const SAMPLE_EVENT = JSON.stringify({
  event: 'SAMPLE',
  data: { a: [1, 2], s: 'é😀' },
  timestamp: { seconds: 1 },
});

/**
 * Makers of one junk line (no line ending). None is a valid event, and none answers a real
 * command: the client's ids are `v<n>` with n ≥ 1.
 */
const junkMakers: ((random: Random) => string | Buffer)[] = [
  // random bytes (newlines removed so the junk stays one line)
  (random) =>
    Buffer.from(Array.from({ length: 1 + random.int(300) }, () => random.int(256)).filter((b) => b !== 0x0a)),
  // truncated JSON
  (random) => SAMPLE_EVENT.slice(0, 1 + random.int(SAMPLE_EVENT.length - 1)),
  // JSON that is not an object
  (random) => random.pick(['[]', '[{"event":"FAKE"}]', '42', '-1.5e300', '"str"', 'null', 'true']),
  // responses without a usable id
  (random) =>
    random.pick(['{"return":', '{"return":{}}', '{"return":null,"id":null}', '{"error":"oops"}', '{}']),
  (random) =>
    JSON.stringify({ return: {}, id: random.pick(['fuzz', 'v', 'v0', 'V1', '', ' v1', 'i'.repeat(50_000)]) }),
  (random) =>
    JSON.stringify({ error: { class: 'GenericError', desc: 'fuzz' }, id: `fuzz-${random.int(1000)}` }),
  // huge-ish strings
  (random) => JSON.stringify({ junk: 'j'.repeat(random.int(200_000)) }),
  // deeply nested junk
  (random) => {
    const depth = 1 + random.int(2000);
    return random.next() < 0.5
      ? '['.repeat(depth) + ']'.repeat(depth)
      : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  },
  // events and greetings of the wrong shape
  (random) =>
    random.pick(['{"event":5}', '{"event":null,"data":{}}', '{"event":{"name":"X"}}', '{"event":["A"]}']),
  (random) => random.pick([GREETING.trim(), '{"QMP":1}', '{"QMP":[]}', '{"QMP":null}']),
  (random) => `{"unknown":${random.int(1e9)},"nested":{"event":"not-top-level"}}`,
  // invalid UTF-8, blank lines
  () => Buffer.from('{"return":"\xc3\x28\xff\xfe', 'latin1'),
  (random) => random.pick(['', '   ', '\t']),
];

/** One fuzz line: a valid FUZZ event about one time in eight, junk otherwise. */
function fuzzFrame(random: Random, nextSeq: () => number): Buffer {
  let body: string | Buffer;
  if (random.next() < 0.125) {
    const seq = nextSeq();
    const data = {
      seq,
      note: random.pick(['', 'ünï', '😀'.repeat(random.int(20)), 'x'.repeat(random.int(3000))]),
    };
    const timestamp = { seconds: seq, microseconds: 7 };
    body = JSON.stringify(random.next() < 0.5 ? { event: 'FUZZ', data, timestamp } : { event: 'FUZZ', data });
  } else {
    body = random.pick(junkMakers)(random);
  }
  return Buffer.concat([Buffer.from(body), Buffer.from(random.pick(['\n', '\r\n']))]);
}

/**
 * A server that, from the first command on, streams `frames` cut into random chunks (1-16 bytes
 * or up to 64 KiB), answering each `human-monitor-command` with `echo:<command-line>`. An answer
 * goes in at the next frame boundary, at a random place among the answers still queued, so the
 * answers also come back out of order.
 */
function streamingServer(
  frames: Buffer[],
  chunkRandom: Random,
  replyRandom: Random,
): { script: Script; framesSent: () => number } {
  const replies: Buffer[] = [];
  let frameIndex = 0;
  let current: Buffer = Buffer.alloc(0);
  let pumping = false;

  const nextChunk = (): Buffer => {
    const size = chunkRandom.next() < 0.5 ? 1 + chunkRandom.int(16) : 1 + chunkRandom.int(65_536);
    const parts: Buffer[] = [];
    let length = 0;
    while (length < size) {
      if (current.length === 0) {
        let next = replies.shift();
        if (!next && frameIndex < frames.length) next = frames[frameIndex++];
        if (!next) break;
        current = next;
      }
      const part = current.subarray(0, size - length);
      current = current.subarray(part.length);
      parts.push(part);
      length += part.length;
    }
    return Buffer.concat(parts, length);
  };

  const pump = async (peer: Peer): Promise<void> => {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      if (!peer.socket.write(chunk)) await once(peer.socket, 'drain');
      if (chunkRandom.next() < 0.1) await eventLoopTurns(1); // let the client read and send commands
    }
    pumping = false;
  };

  const script: Script = {
    onCommand: (command, peer) => {
      const answer = { return: `echo:${String(command.arguments?.['command-line'])}`, id: command.id };
      replies.splice(replyRandom.int(replies.length + 1), 0, Buffer.from(`${JSON.stringify(answer)}\r\n`));
      if (!pumping) {
        pumping = true;
        void pump(peer);
      }
    },
  };
  return { script, framesSent: () => frameIndex };
}

describe('QmpClient fuzz', () => {
  it(`survives ${FUZZ_FRAMES.toLocaleString('en')} fuzz frames (junk with valid events mixed in) at random chunk boundaries (seed 0x${FUZZ_SEED.toString(16)})`, async () => {
    const frameRandom = prng(FUZZ_SEED);

    let seq = 0;
    const frames: Buffer[] = [];
    for (let i = 0; i < FUZZ_FRAMES; i++) frames.push(fuzzFrame(frameRandom, () => seq++));
    const validEvents = seq;
    frames.push(Buffer.from(eventFrame('FUZZ_END')));

    const server = streamingServer(frames, prng(FUZZ_SEED ^ 0xa5a5a5a5), prng(FUZZ_SEED ^ 0x5a5a5a5a));
    const fake = await startFakeQmp(server.script);

    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    cleanups.push(() => process.off('uncaughtException', onUncaught));

    const client = await connectTo(fake, { commandTimeoutMs: 60_000 });
    const protocolErrors = recordProtocolErrors(client);
    const fuzzSeqs = recorder<number>();
    const otherEvents = recorder<QmpEvent>();
    const answers: Promise<[string, unknown]>[] = [];
    const ask = (line: string): void => {
      answers.push(
        client.execute('human-monitor-command', { 'command-line': line }).then((result) => [line, result]),
      );
    };
    client.on('event', (event) => {
      if (event.event !== 'FUZZ') return otherEvents.push(event);
      const eventSeq = event.data.seq as number;
      fuzzSeqs.push(eventSeq);
      if (eventSeq % COMMAND_EVERY === 0) ask(`seq ${eventSeq}`);
    });

    // A few commands up front start the stream; the rest are sent while it flows.
    for (const line of ['first', 'second', 'third']) ask(line);
    await otherEvents.waitFor(1); // FUZZ_END, the last frame: every event before it is in by now
    const results = await Promise.all(answers);

    expect(fuzzSeqs.items).toEqual(Array.from({ length: validEvents }, (_, i) => i));
    expect(otherEvents.items.map((event) => event.event)).toEqual(['FUZZ_END']);
    expect(results).toHaveLength(3 + Math.ceil(validEvents / COMMAND_EVERY));
    for (const [line, result] of results) expect(result).toBe(`echo:${line}`);
    expect(server.framesSent()).toBe(frames.length);
    expect(protocolErrors.items.length).toBeGreaterThan(FUZZ_FRAMES / 2);
    const longMessages = protocolErrors.items.filter((message) => message.length > 300);
    expect(longMessages.map((message) => `${message.slice(0, 60)}… (${message.length} chars)`)).toEqual([]);

    // Still healthy: open, answering, nothing thrown.
    expect(client.isClosed).toBe(false);
    ask('after the storm');
    await expect(answers.at(-1)).resolves.toEqual(['after the storm', 'echo:after the storm']);
    expect(uncaught).toEqual([]);
  });
});
