import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VncProxy } from '../electron/engine/console/vnc-proxy';
import { ensureTestGuest } from '../e2e/guest/test-guest';
import { freePort } from '../e2e/fixtures/launch-web';
import { waitUntil } from '../e2e/support/wait';
import { median } from './qmp-roundtrip';
import { measureFramebufferThroughput } from './rfb-client';

/**
 * Framebuffer throughput (full raw updates) to a WebSocket client: through our ticketed proxy to
 * QEMU's unix socket, vs QEMU's own VNC WebSocket on a loopback port (used here only).
 */
export async function benchVncThroughput(dir: string, rounds = 5, frames = 40) {
  const guest = ensureTestGuest();
  const socket = join(dir, 'vnc.sock');
  const wsPort = await freePort();
  const qemu = spawn(
    'qemu-system-x86_64',
    [
      ...['-nodefaults', '-no-user-config', '-accel', 'tcg', '-m', '256', '-display', 'none', '-vga', 'std'],
      ...['-vnc', `unix:${socket},websocket=127.0.0.1:${wsPort}`],
      ...['-kernel', guest.kernel, '-initrd', guest.initrd, '-append', 'console=tty0 quiet'],
    ],
    { stdio: 'ignore' },
  );
  const proxy = new VncProxy(() => socket);
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    await waitUntil('the VNC socket', () => existsSync(socket), 10_000, 20);
    const port = await proxy.listen();
    await new Promise((resolve) => setTimeout(resolve, 3000)); // let the guest reach its text screen
    for (let round = 0; round < rounds; round++) {
      const viaProxy = await measureFramebufferThroughput(
        `ws://127.0.0.1:${port}/vnc?ticket=${proxy.tickets.issue('bench').ticket}`,
        frames,
      );
      ours.push(viaProxy.bytes / viaProxy.seconds);
      const direct = await measureFramebufferThroughput(`ws://127.0.0.1:${wsPort}/`, frames);
      theirs.push(direct.bytes / direct.seconds);
    }
  } finally {
    await proxy.close();
    qemu.kill('SIGKILL');
  }
  const mb = (bytesPerSecond: number) => bytesPerSecond / 1e6;
  return {
    proxyMBps: mb(median(ours)),
    qemuWebsocketMBps: mb(median(theirs)),
    ratio: median(ours) / median(theirs),
  };
}
