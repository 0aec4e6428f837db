import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { startEngine } from '../e2e/support/engine-harness';
import { createTempHome } from '../e2e/support/temp-home';
import { median } from './qmp-roundtrip';

const MiB = 1024 * 1024;

/**
 * A full clone (through the engine: job, progress, qemu-img convert -p) vs a plain `qemu-img
 * convert` of the same disk to qcow2, each timed until its copy is on disk. The source is a raw
 * image of random data. Rounds alternate, and the throughput is each side's best round: another
 * process on the CPU or the disk only ever slows a copy down, so the fastest round is the copy
 * itself (medians are reported too). `parent` is where the data dir goes: on a tmpfs the ratio is
 * the engine's own cost, on a disk it is mostly the disk's mood.
 */
export async function benchCloneThroughput(sizeMiB = 512, rounds = 12, parent?: string) {
  const harness = await startEngine(createTempHome('vireo-bench-', parent));
  const { client, home } = harness;
  const source = join(home.dir, 'source.raw');
  const fd = openSync(source, 'w');
  for (let i = 0; i < sizeMiB; i++) writeSync(fd, randomBytes(MiB));
  closeSync(fd);
  const viaEngine: number[] = [];
  const plain: number[] = [];
  try {
    await client.invoke('vm.create', {
      name: 'src',
      memoryMiB: 64,
      network: 'none',
      existingDisk: { path: source, format: 'raw' },
    });
    const qemuImg = (await harness.engine.capabilities()).qemuImg?.path ?? 'qemu-img';
    // Each copy is timed until it is on disk (sync), from a clean start (sync): otherwise whichever
    // runs second pays for the first one's dirty pages.
    const durable = async (copy: () => Promise<unknown>) => {
      execFileSync('sync');
      const start = performance.now();
      await copy();
      execFileSync('sync');
      return (performance.now() - start) / 1000;
    };
    const engineRound = async (round: number) => {
      viaEngine.push(await durable(() => client.invoke('vm.clone', { vm: 'src', name: `copy ${round}` })));
      await client.invoke('vm.delete', { vm: `copy ${round}` });
    };
    const plainRound = async (round: number) => {
      const target = join(home.dir, `plain-${round}.qcow2`);
      const args = ['convert', '-f', 'raw', '-O', 'qcow2', source, target];
      plain.push(await durable(async () => execFileSync(qemuImg, args)));
      rmSync(target);
    };
    // Alternate which goes first: the disk's state (writeback, a cloud disk's burst) favours neither.
    for (let round = 0; round < rounds; round++) {
      const [first, second] = round % 2 === 0 ? [engineRound, plainRound] : [plainRound, engineRound];
      await first(round);
      await second(round);
    }
  } finally {
    await harness.dispose();
  }
  const rate = (seconds: number) => sizeMiB / seconds;
  const engineMiBps = rate(Math.min(...viaEngine));
  const plainMiBps = rate(Math.min(...plain));
  const medians = { engineMiBps: rate(median(viaEngine)), plainMiBps: rate(median(plain)) };
  return { sizeMiB, rounds, engineMiBps, plainMiBps, ratio: engineMiBps / plainMiBps, medians };
}
