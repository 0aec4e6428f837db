import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import type { MetricsTick, VmSample } from '../../../shared/metrics';
import { hostCpuTimes, hostMemory, loadAverage1 } from './procfs';
import { hostSample, vmSample, type HostReading } from './rates';
import { VmProbe, type ProbeTarget, type VmReading } from './vm-probe';

interface ProbeState {
  probe: VmProbe;
  last?: VmReading;
  busy: boolean;
}

type SamplerEvents = { tick: [MetricsTick] };

/**
 * One sampler for all VMs. Ticks follow a fixed schedule (start + n × interval), so they do not
 * drift; a tick that comes late skips the slots it missed rather than catching up. A VM whose QEMU
 * has not answered the previous tick is left out of this one (skip, don't queue), and a tick waits
 * at most 90 % of the interval for its VMs.
 */
export class MetricsSampler extends EventEmitter<SamplerEvents> {
  private readonly probes = new Map<string, ProbeState>();
  private hostLast: HostReading | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextAt = 0;
  private readonly cores = availableParallelism();

  constructor(
    private readonly targets: () => ProbeTarget[],
    private intervalMs: number,
  ) {
    super();
  }

  get interval(): number {
    return this.intervalMs;
  }

  start(): void {
    if (this.timer) return;
    this.nextAt = performance.now() + this.intervalMs;
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  setInterval(intervalMs: number): void {
    if (intervalMs === this.intervalMs) return;
    this.intervalMs = intervalMs;
    if (!this.timer) return;
    this.stop();
    this.start();
  }

  /** Measures everything once (the schedule calls this; tests and benchmarks may too). */
  async tick(): Promise<MetricsTick> {
    const at = Date.now();
    const targets = this.targets();
    const live = new Set(targets.map((t) => t.uuid));
    for (const uuid of this.probes.keys()) if (!live.has(uuid)) this.probes.delete(uuid);
    const samples: VmSample[] = [];
    const pollingSec = Math.max(1, Math.round(this.intervalMs / 1000));
    const probes = targets.flatMap((target) => {
      const state = this.stateOf(target.uuid);
      if (state.busy) return [];
      state.busy = true;
      return [
        state.probe
          .read(target, pollingSec)
          .then((reading) => {
            samples.push(vmSample(state.last, reading, target));
            state.last = reading;
          })
          .catch(() => undefined)
          .finally(() => (state.busy = false)),
      ];
    });
    const host = this.readHost();
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(probes),
      new Promise((resolve) => (deadline = setTimeout(resolve, this.intervalMs * 0.9))),
    ]);
    clearTimeout(deadline);
    const tick: MetricsTick = { at, intervalMs: this.intervalMs, host, vms: [...samples] };
    this.emit('tick', tick);
    return tick;
  }

  private readHost() {
    const reading: HostReading = { cpu: hostCpuTimes(), memory: hostMemory(), load1: loadAverage1() };
    const sample = hostSample(this.hostLast, reading, this.cores);
    this.hostLast = reading;
    return sample;
  }

  private stateOf(uuid: string): ProbeState {
    let state = this.probes.get(uuid);
    if (!state) {
      state = { probe: new VmProbe(), busy: false };
      this.probes.set(uuid, state);
    }
    return state;
  }

  private schedule(): void {
    const now = performance.now();
    while (this.nextAt <= now) this.nextAt += this.intervalMs;
    this.timer = setTimeout(() => {
      this.nextAt += this.intervalMs;
      this.schedule();
      void this.tick();
    }, this.nextAt - now);
  }
}
