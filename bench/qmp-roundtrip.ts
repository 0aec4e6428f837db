import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { QmpClient } from '../electron/engine/qmp/qmp-client';
import { waitUntil } from '../e2e/support/wait';
import { existsSync } from 'node:fs';

/** A bare QEMU (no guest, -S) whose QMP socket both clients take turns on. */
export async function startBareQemuForQmp(dir: string) {
  const socket = join(dir, 'qmp.sock');
  const child = spawn(
    'qemu-system-x86_64',
    [
      '-S',
      '-nodefaults',
      '-no-user-config',
      '-display',
      'none',
      '-accel',
      'tcg',
      '-m',
      '64',
      '-qmp',
      `unix:${socket},server=on,wait=off`,
    ],
    { stdio: 'ignore' },
  );
  await waitUntil('QMP socket', () => existsSync(socket), 10_000, 20);
  return { socket, stop: () => child.kill('SIGKILL') };
}

/** The floor: a hand-rolled client that writes a line and waits for the next newline. */
async function rawRoundTrips(path: string, count: number): Promise<number> {
  const socket = connect(path);
  let buffered = '';
  let waiter: (() => void) | undefined;
  socket.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    if (buffered.includes('\n') && waiter) waiter();
  });
  const nextLine = (sock: Socket, text?: string) =>
    new Promise<void>((resolve) => {
      waiter = () => {
        const at = buffered.indexOf('\n');
        buffered = buffered.slice(at + 1);
        waiter = undefined;
        resolve();
      };
      if (text) sock.write(text);
      if (buffered.includes('\n')) waiter();
    });
  await nextLine(socket); // greeting
  await nextLine(socket, '{"execute":"qmp_capabilities"}\n');
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await nextLine(socket, `{"execute":"query-status","id":${i}}\n`);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return elapsed / count;
}

async function clientRoundTrips(path: string, count: number): Promise<number> {
  const client = await QmpClient.connect(path);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await client.execute('query-status');
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  client.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return elapsed / count;
}

/** Median microseconds per query-status round trip, raw socket vs QmpClient, in alternating rounds. */
export async function benchQmpRoundTrip(dir: string, rounds = 5, count = 2000) {
  const qemu = await startBareQemuForQmp(dir);
  const raw: number[] = [];
  const client: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      raw.push(await rawRoundTrips(qemu.socket, count));
      client.push(await clientRoundTrips(qemu.socket, count));
    }
  } finally {
    qemu.stop();
  }
  return { rawMicros: median(raw), clientMicros: median(client), ratio: median(client) / median(raw) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
