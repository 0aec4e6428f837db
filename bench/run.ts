import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchQmpRoundTrip } from './qmp-roundtrip';
import { benchStartOverhead } from './start-overhead';
import { benchListRender } from './ui-list-render';
import { benchSerialThroughput } from './serial-throughput';
import { benchVncThroughput } from './vnc-throughput';

/** `npm run bench`: start overhead and QMP round trip, against their targets. Writes bench/results/. */
const targets = {
  startOverheadRatio: 1.1,
  qmpRoundTripRatio: 1.2,
  vncThroughputRatio: 0.9,
  serialThroughputRatio: 0.95,
};

process.env.VIREO_ACCEL ??= 'tcg';
const scratch = mkdtempSync(join(tmpdir(), 'vireo-bench-'));
try {
  const qmp = await benchQmpRoundTrip(scratch);
  const start = await benchStartOverhead();
  const list = await benchListRender();
  const vnc = await benchVncThroughput(scratch);
  const serial = await benchSerialThroughput();
  const result = {
    date: new Date().toISOString(),
    host: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      accel: process.env.VIREO_ACCEL,
    },
    qmpRoundTrip: { ...qmp, target: targets.qmpRoundTripRatio, met: qmp.ratio <= targets.qmpRoundTripRatio },
    startToGuestReady: {
      ...start,
      target: targets.startOverheadRatio,
      met: start.ratio <= targets.startOverheadRatio,
    },
  };
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const row = (name: string, ours: string, base: string, ratio: number, target: number) =>
    `${name.padEnd(26)} ${ours.padStart(12)} ${base.padStart(12)} ${ratio.toFixed(3).padStart(7)}  ≤ ${target}  ${ratio <= target ? 'met' : 'MISSED'}`;
  console.log(
    `${'benchmark'.padEnd(26)} ${'vireo'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(7)}`,
  );
  console.log(
    row(
      'QMP query-status',
      `${qmp.clientMicros.toFixed(1)} µs`,
      `${qmp.rawMicros.toFixed(1)} µs`,
      qmp.ratio,
      targets.qmpRoundTripRatio,
    ),
  );
  console.log(
    row(
      'start → guest ready',
      `${start.vireoMs.toFixed(0)} ms`,
      `${start.bareMs.toFixed(0)} ms`,
      start.ratio,
      targets.startOverheadRatio,
    ),
  );
  console.log(
    `${'500-VM list first render'.padEnd(26)} ${`${list.firstRenderMs.toFixed(0)} ms`.padStart(12)}  (scroll to the end: ${list.scrollToEndMs.toFixed(0)} ms)`,
  );
  const atLeast = (name: string, ours: string, base: string, ratio: number, target: number) =>
    `${name.padEnd(26)} ${ours.padStart(12)} ${base.padStart(12)} ${ratio.toFixed(3).padStart(7)}  ≥ ${target}  ${ratio >= target ? 'met' : 'MISSED'}`;
  console.log(
    atLeast(
      'VNC framebuffer',
      `${vnc.proxyMBps.toFixed(1)} MB/s`,
      `${vnc.qemuWebsocketMBps.toFixed(1)} MB/s`,
      vnc.ratio,
      targets.vncThroughputRatio,
    ),
  );
  console.log(
    atLeast(
      'serial guest → terminal',
      `${serial.engineKBps.toFixed(0)} kB/s`,
      `${serial.rawKBps.toFixed(0)} kB/s`,
      serial.ratio,
      targets.serialThroughputRatio,
    ),
  );
  console.log(`results: ${join(dir, 'latest.json')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
