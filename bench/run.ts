import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCloneThroughput } from './clone-throughput';
import { benchMetrics } from './metrics-load';
import { benchQmpRoundTrip } from './qmp-roundtrip';
import { benchSerialThroughput } from './serial-throughput';
import { benchStartOverhead } from './start-overhead';
import { benchListRender } from './ui-list-render';
import { benchVncThroughput } from './vnc-throughput';

/**
 * `npm run bench [-- NAME...]`: every benchmark (or the named ones) against its target. Results go
 * to bench/results/latest.json; a partial run keeps the other benchmarks' last results there.
 */
type Line = { text: string; met?: boolean };
type Bench = (scratch: string) => Promise<{ result: Record<string, unknown>; lines: Line[] }>;

const pad = (text: string, width: number) => text.padStart(width);
const compare = (name: string, ours: string, base: string, ratio: number, op: '≤' | '≥', target: number) => {
  const met = op === '≤' ? ratio <= target : ratio >= target;
  return {
    met,
    text: `${name.padEnd(28)} ${pad(ours, 12)} ${pad(base, 12)} ${pad(ratio.toFixed(3), 7)}  ${op} ${target}  ${met ? 'met' : 'MISSED'}`,
  };
};

const benches: Record<string, Bench> = {
  qmpRoundTrip: async (scratch) => {
    const r = await benchQmpRoundTrip(scratch);
    const line = compare(
      'QMP query-status',
      `${r.clientMicros.toFixed(1)} µs`,
      `${r.rawMicros.toFixed(1)} µs`,
      r.ratio,
      '≤',
      1.2,
    );
    return { result: { ...r, target: 1.2, met: line.met }, lines: [line] };
  },
  startToGuestReady: async () => {
    const r = await benchStartOverhead();
    const line = compare(
      'start → guest ready',
      `${r.vireoMs.toFixed(0)} ms`,
      `${r.bareMs.toFixed(0)} ms`,
      r.ratio,
      '≤',
      1.1,
    );
    return { result: { ...r, target: 1.1, met: line.met }, lines: [line] };
  },
  listRender: async () => {
    const r = await benchListRender();
    const text = `${'500-VM list first render'.padEnd(28)} ${pad(`${r.firstRenderMs.toFixed(0)} ms`, 12)}  (scroll to the end: ${r.scrollToEndMs.toFixed(0)} ms)`;
    return { result: r, lines: [{ text }] };
  },
  vncThroughput: async (scratch) => {
    const r = await benchVncThroughput(scratch);
    const line = compare(
      'VNC framebuffer',
      `${r.proxyMBps.toFixed(1)} MB/s`,
      `${r.qemuWebsocketMBps.toFixed(1)} MB/s`,
      r.ratio,
      '≥',
      0.9,
    );
    return { result: { ...r, target: 0.9, met: line.met }, lines: [line] };
  },
  serialThroughput: async () => {
    const r = await benchSerialThroughput();
    const line = compare(
      'serial guest → terminal',
      `${r.engineKBps.toFixed(0)} kB/s`,
      `${r.rawKBps.toFixed(0)} kB/s`,
      r.ratio,
      '≥',
      0.95,
    );
    return { result: { ...r, target: 0.95, met: line.met }, lines: [line] };
  },
  cloneThroughput: async () => {
    // The target is judged in memory (/dev/shm), where only the engine's overhead differs, on a
    // 4 GiB disk: throughput is per byte, and the engine's fixed ~40 ms per clone (qemu-img info,
    // the job, the config's fsync) would otherwise be most of what a small copy measures. The disk
    // run is reported for what a user sees; a cloud disk's throughput swings ±50 % between copies.
    const memory = await benchCloneThroughput(4096, 16, '/dev/shm');
    const disk = await benchCloneThroughput(512, 6);
    const line = compare(
      `full clone (${memory.sizeMiB} MiB, tmpfs)`,
      `${memory.engineMiBps.toFixed(0)} MiB/s`,
      `${memory.plainMiBps.toFixed(0)} MiB/s`,
      memory.ratio,
      '≥',
      0.95,
    );
    const diskLine = {
      text: `  on disk (${disk.sizeMiB} MiB): ${disk.engineMiBps.toFixed(0)} vs ${disk.plainMiBps.toFixed(0)} MiB/s, ratio ${disk.ratio.toFixed(2)} (informational)`,
    };
    return { result: { ...memory, disk, target: 0.95, met: line.met }, lines: [line, diskLine] };
  },
  metrics: async () => {
    const r = await benchMetrics();
    const lines: Line[] = r.perVm.map((row) => {
      const met = row.vms !== 20 || row.engineCpuPercent <= 1;
      return {
        met,
        text:
          `${`metrics, ${row.vms} running VMs`.padEnd(28)} ${pad(`${row.samplerMicrosPerVmSample.toFixed(0)} µs`, 12)} per VM per sample; ` +
          `engine ${row.engineCpuPercent.toFixed(2)} % of a core${row.vms === 20 ? `  ≤ 1 %  ${met ? 'met' : 'MISSED'}` : ''}`,
      };
    });
    const framesMet = r.frames.workP95Ms <= 16.7;
    lines.push({
      met: framesMet,
      text: `${'renderer frame work p95'.padEnd(28)} ${pad(`${r.frames.workP95Ms.toFixed(2)} ms`, 12)} (frame interval p95 ${r.frames.intervalP95Ms.toFixed(1)} ms, ${r.frames.frames} frames)  ≤ 16.7 ms  ${framesMet ? 'met' : 'MISSED'}`,
    });
    lines.push({
      text: `${'history per VM per day'.padEnd(28)} ${pad(`${(r.historyBytesPerVmPerDay / 1024).toFixed(0)} KiB`, 12)}`,
    });
    return { result: { ...r, targets: { engineCpuPercentAt20: 1, frameWorkP95Ms: 16.7 } }, lines };
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
process.env.VIREO_ACCEL ??= 'tcg';
const dir = join(import.meta.dirname, 'results');
const file = join(dir, 'latest.json');
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = { ...previous };
const scratch = mkdtempSync(join(tmpdir(), 'vireo-bench-'));
try {
  console.log(`${'benchmark'.padEnd(28)} ${pad('vireo', 12)} ${pad('baseline', 12)} ${pad('ratio', 7)}`);
  for (const [name, bench] of Object.entries(benches)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const { result, lines } = await bench(scratch);
    results[name] = { ...result, date: new Date().toISOString() };
    for (const line of lines) console.log(line.text);
  }
  results.host = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    accel: process.env.VIREO_ACCEL,
  };
  delete results.date;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${file}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
