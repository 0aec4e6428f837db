import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { ensureTestGuest, GUEST_PROMPT } from '../e2e/guest/test-guest';
import { serveControlSocket } from '../electron/engine/control/control-server';
import { startEngine } from '../e2e/support/engine-harness';
import { VIREO_BIN } from '../e2e/support/run-cli';
import { guestKernelBoot } from '../e2e/support/guest-vm';
import { waitUntil } from '../e2e/support/wait';
import { median } from './qmp-roundtrip';

const FLOOD_BYTES = 1_000_000;
// The guest computes the end marker, so the echo of the typed command does not contain it.
const COMMAND = `yes 0123456789abcdef | head -c ${FLOOD_BYTES}; echo $((40+2))-flood-done\r`;
const MARKER = '42-flood-done';

/** Watches a byte stream for a text, keeping only a short tail (the same cost on both paths). */
function tailWatcher(text: string) {
  let tail = '';
  let seen = false;
  return {
    feed(chunk: Buffer) {
      tail = (tail + chunk.toString('latin1')).slice(-(text.length + 64));
      if (tail.includes(text)) seen = true;
    },
    get seen() {
      return seen;
    },
  };
}

/** Seconds for the guest to print FLOOD_BYTES on its serial port, read straight from QEMU's socket. */
async function rawRead(binary: string, argv: string[], socketPath: string, runDir: string): Promise<number> {
  mkdirSync(runDir, { recursive: true, mode: 0o700 });
  const qemu = spawn(binary, argv, { stdio: 'ignore' });
  try {
    await waitUntil('the serial socket', () => existsSync(socketPath), 10_000, 20);
    const socket = connect(socketPath);
    const prompt = tailWatcher(GUEST_PROMPT);
    socket.on('data', (chunk: Buffer) => prompt.feed(chunk));
    await waitUntil('the prompt', () => prompt.seen, 60_000, 20);
    const done = tailWatcher(MARKER);
    socket.removeAllListeners('data');
    socket.on('data', (chunk: Buffer) => done.feed(chunk));
    const start = performance.now();
    socket.write(COMMAND);
    await waitUntil('the flood', () => done.seen, 300_000, 5);
    socket.destroy();
    return (performance.now() - start) / 1000;
  } finally {
    qemu.kill('SIGKILL');
    await new Promise((resolve) => qemu.once('exit', resolve));
  }
}

/**
 * Guest → terminal throughput of a serial console: through the engine to a terminal in another
 * process (`vireo serial --follow`: batched, base64 over the control socket, acknowledged as it is
 * written out) vs reading QEMU's socket directly. The same guest and argv; medians of alternating rounds.
 */
export async function benchSerialThroughput(rounds = 3) {
  const guest = ensureTestGuest();
  const harness = await startEngine();
  const { client, engine } = harness;
  const control = await serveControlSocket(engine);
  const viaEngine: number[] = [];
  const raw: number[] = [];
  try {
    const boot = guestKernelBoot(guest);
    await client.invoke('vm.create', {
      name: 'flood',
      memoryMiB: 256,
      cpus: 1,
      network: 'none',
      vnc: false,
      ...boot,
    });
    const { argv } = await client.invoke('vm.args', { vm: 'flood' });
    const { files, uuid } = engine.find('flood');
    for (let round = 0; round < rounds; round++) {
      // A fresh log each round, so the terminal's history holds no earlier round's end marker.
      rmSync(files.consoleLog('serial0'), { force: true });
      await client.invoke('vm.start', { vm: uuid });
      const terminal = spawn(process.execPath, [VIREO_BIN, 'serial', uuid, '--follow'], {
        env: harness.home.env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let watcher = tailWatcher(GUEST_PROMPT);
      terminal.stdout.on('data', (chunk: Buffer) => watcher.feed(chunk));
      await waitUntil('the prompt', () => watcher.seen, 60_000, 20);
      watcher = tailWatcher(MARKER);
      const start = performance.now();
      await client.invoke('serial.send', { vm: uuid, text: COMMAND });
      await waitUntil('the flood', () => watcher.seen, 300_000, 5);
      viaEngine.push((performance.now() - start) / 1000);
      terminal.kill();
      await client.invoke('vm.forceOff', { vm: uuid });
      const [binary = 'qemu-system-x86_64', ...args] = argv;
      raw.push(await rawRead(binary, args, files.consoleSocket('serial0'), files.runtimeDir));
    }
  } finally {
    await control.close();
    await harness.dispose();
  }
  const rate = (seconds: number) => FLOOD_BYTES / seconds / 1e3;
  return {
    bytes: FLOOD_BYTES,
    engineKBps: rate(median(viaEngine)),
    rawKBps: rate(median(raw)),
    ratio: median(raw) / median(viaEngine),
  };
}
