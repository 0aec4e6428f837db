import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTestGuest } from '../e2e/guest/test-guest';
import { startEngine } from '../e2e/support/engine-harness';
import { waitUntil } from '../e2e/support/wait';
import { GUEST_CMDLINE } from '../e2e/support/guest-vm';
import { GUEST_READY_MARKER } from '../e2e/guest/test-guest';
import { median } from './qmp-roundtrip';

const readText = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Time from "start" to the guest's ready line on its serial port: through Vireo (vm.start, which
 * spawns, waits for QMP and connects serial) vs bare QEMU with the very same argv. Both are timed
 * by polling the serial log file the same way.
 */
export async function benchStartOverhead(rounds = 5) {
  const guest = ensureTestGuest();
  const harness = await startEngine();
  const { client } = harness;
  const vireo: number[] = [];
  const bare: number[] = [];
  try {
    await client.invoke('vm.create', {
      name: 'bench',
      memoryMiB: 256,
      cpus: 1,
      kernel: guest.kernel,
      initrd: guest.initrd,
      cmdline: GUEST_CMDLINE,
      network: 'none',
      vnc: false,
    });
    const { argv } = await client.invoke('vm.args', { vm: 'bench' });
    const { config } = await client.invoke('vm.get', { vm: 'bench' });
    const serialLog = join(harness.home.paths.dataDir, 'vms', config?.uuid ?? '', 'serial.log');
    const runDir = join(harness.home.paths.runtimeDir, 'vms', config?.uuid ?? '');
    for (let round = 0; round < rounds; round++) {
      rmSync(serialLog, { force: true });
      const t0 = performance.now();
      await client.invoke('vm.start', { vm: 'bench' });
      await waitUntil(
        'Vireo-started guest',
        () => readText(serialLog).includes(GUEST_READY_MARKER),
        60_000,
        5,
      );
      vireo.push(performance.now() - t0);
      await client.invoke('vm.forceOff', { vm: 'bench' });

      rmSync(serialLog, { force: true });
      mkdirSync(runDir, { recursive: true, mode: 0o700 });
      const [binary = 'qemu-system-x86_64', ...args] = argv;
      const t1 = performance.now();
      const child = spawn(binary, args, { stdio: 'ignore' });
      await waitUntil('bare guest', () => readText(serialLog).includes(GUEST_READY_MARKER), 60_000, 5);
      bare.push(performance.now() - t1);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  } finally {
    await harness.dispose();
  }
  return { vireoMs: median(vireo), bareMs: median(bare), ratio: median(vireo) / median(bare) };
}
