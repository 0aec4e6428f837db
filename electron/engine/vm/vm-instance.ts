import { EventEmitter } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { TimelineEntry } from '../../../shared/vm-details';
import {
  isOperationAllowed,
  lastExitSchema,
  type LastExit,
  type VmOperation,
  type VmState,
  type VmStatus,
} from '../../../shared/vm-state';
import { writeJsonAtomic } from '../atomic-write';
import type { VmFiles } from '../paths';
import { readLogTail } from '../process/log-tail';
import type { QmpEvent } from '../qmp/qmp-types';
import { GuestAgent } from '../agent/guest-agent';
import { AGENT_PORT } from '../qemu/argv';
import { hardwareFingerprint } from './hardware-fingerprint';
import type { QemuSession } from './qemu-session';
import { Timeline } from './timeline';

const exitIntentSchema = lastExitSchema.pick({ kind: true, reason: true });

type InstanceEvents = {
  changed: [];
  console: [string, Buffer];
  problem: [string];
  timeline: [TimelineEntry];
  /** Every QMP event of its QEMU (DEVICE_DELETED and the like, for whoever waits on one). */
  qmp: [QmpEvent];
};

/**
 * One VM: its config, its lifecycle state and, while it runs, its QEMU session.
 * stopped → starting → running ⇄ paused → shutting-down → stopped; crashed when QEMU vanishes
 * without having been asked to stop. Operations run one at a time.
 */
export class VmInstance extends EventEmitter<InstanceEvents> {
  private currentState: VmState;
  private session: QemuSession | undefined;
  private lastExitInfo: LastExit | null = null;
  /** Set when we (or the guest) asked QEMU to stop, so its exit is not a crash. */
  private exitIntent: LastExit['kind'] | undefined;
  private exitReason = '';
  private queue: Promise<unknown> = Promise.resolve();
  /** The guest's spice-vdagent has its port open (QMP VSERPORT_CHANGE / query-chardev). */
  private clipboardAgentOpen = false;
  private agent: GuestAgent | undefined;
  private panic: { at: string; message: string } | null = null;
  readonly timeline: Timeline;

  constructor(
    readonly uuid: string,
    public config: VmConfig | undefined,
    readonly problem: string | undefined,
    readonly files: VmFiles,
  ) {
    super();
    this.currentState = config ? 'stopped' : 'broken';
    this.timeline = new Timeline(files.timeline);
    this.on('problem', (message) => this.record('error', message));
  }

  /** Adds an entry to the VM's timeline (kept on disk, and sent to every client). */
  record(kind: TimelineEntry['kind'], message: string, state?: VmState): void {
    const entry: TimelineEntry = { at: new Date().toISOString(), kind, message, ...(state ? { state } : {}) };
    this.emit('timeline', entry);
    this.timeline.append(entry).catch(() => undefined);
  }

  get state(): VmState {
    return this.currentState;
  }

  get name(): string {
    return this.config?.name ?? this.uuid;
  }

  get running(): QemuSession | undefined {
    return this.session;
  }

  /** The running guest's agent channel; undefined when stopped or configured without one. */
  get guestAgent(): GuestAgent | undefined {
    return this.agent;
  }

  status(): VmStatus {
    const session = this.session;
    return {
      uuid: this.uuid,
      name: this.name,
      state: this.currentState,
      ...(this.problem ? { problem: this.problem } : {}),
      memoryMiB: this.config?.memoryMiB ?? null,
      vcpus: this.config?.cpu.count ?? null,
      pid: session?.pid ?? null,
      startedAt: session?.info.startedAt ?? null,
      accel: session?.info.accel ?? null,
      sockets: session
        ? {
            qmp: this.files.qmpSocket,
            serial: this.config?.serial ? this.files.serialSocket : null,
            vnc: this.config?.display.vnc ? this.files.vncSocket : null,
          }
        : null,
      lastExit: this.lastExitInfo,
      os: this.config?.os ?? null,
      needsRestart: this.needsRestart(),
      clipboardAgent: session !== undefined && this.clipboardAgentOpen,
      guestAgent: this.agent?.state ?? 'none',
      panic: this.currentState === 'panicked' ? this.panic : null,
    };
  }

  /** The saved config differs from what the running QEMU started with. */
  private needsRestart(): boolean {
    const started = this.session?.info.fingerprint;
    if (!this.config || !started) return false;
    return hardwareFingerprint(this.config) !== started;
  }

  /** Runs one operation at a time; the state is checked when its turn comes. */
  operate<T>(operation: VmOperation, work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => {
      if (!isOperationAllowed(this.currentState, operation)) {
        throw new VireoError(
          'INVALID_STATE',
          `cannot ${describe(operation)} "${this.name}": it is ${this.currentState}`,
          {
            state: this.currentState,
          },
        );
      }
      return work();
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  setState(state: VmState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.record('state', `state: ${state}`, state);
    this.emit('changed');
  }

  /** Waits until the VM reaches one of `states`; false on timeout. */
  waitForState(states: readonly VmState[], timeoutMs: number): Promise<boolean> {
    if (states.includes(this.currentState)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onChange = () => {
        if (!states.includes(this.currentState)) return;
        clearTimeout(timer);
        this.off('changed', onChange);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.off('changed', onChange);
        resolve(false);
      }, timeoutMs);
      this.on('changed', onChange);
    });
  }

  /** Adopts a live session (just launched or re-attached) and follows its events. */
  adopt(session: QemuSession, state: 'running' | 'paused' | 'panicked'): void {
    this.session = session;
    this.exitIntent = undefined;
    this.clipboardAgentOpen = false;
    this.agent?.close();
    this.agent = this.config?.guestAgent ? new GuestAgent(this.files.agentSocket, this.name) : undefined;
    this.agent?.on('changed', () => this.emit('changed'));
    session.qmp.execute('query-chardev').then(
      (chardevs) => {
        const open = (label: string) => chardevs.some((c) => c.label === label && c['frontend-open']);
        this.setClipboardAgent(open('vdagent0'));
        this.agent?.setPortOpen(open(AGENT_PORT.chardev));
      },
      () => undefined,
    );
    session.on('console', (id, chunk) => this.emit('console', id, chunk));
    session.on('exit', () => void this.handleExit(session));
    this.setState(state);
  }

  /**
   * Marks the coming exit as asked for (a forced stop overrides a pending shutdown), on disk too:
   * if this engine dies before QEMU is gone, the next one must not call it a crash.
   */
  async expectExit(kind: LastExit['kind'], reason: string): Promise<void> {
    if (this.exitIntent !== undefined && kind !== 'forced') return;
    this.exitIntent = kind;
    this.exitReason = reason;
    await writeJsonAtomic(this.files.exitIntent, { kind, reason }).catch(() => undefined);
  }

  /** The intent an earlier engine recorded before it lost sight of QEMU. */
  async readExitIntent(): Promise<{ kind: LastExit['kind']; reason: string } | undefined> {
    try {
      return exitIntentSchema.parse(JSON.parse(await readFile(this.files.exitIntent, 'utf8')));
    } catch {
      return undefined;
    }
  }

  handleQmpEvent(event: QmpEvent): void {
    this.emit('qmp', event);
    switch (event.event) {
      case 'STOP':
        if (this.currentState === 'running') this.setState('paused');
        break;
      case 'RESUME':
        if (
          this.currentState === 'paused' ||
          this.currentState === 'starting' ||
          this.currentState === 'panicked'
        )
          this.setState('running');
        break;
      case 'SHUTDOWN': {
        this.setState('shutting-down');
        // -no-shutdown keeps QEMU alive after the guest powers off; the engine ends it.
        const session = this.session;
        void this.expectExit('shutdown', describeShutdown(event.data)).then(() => session?.terminate());
        break;
      }
      case 'VSERPORT_CHANGE':
        if (event.data.id === 'vdagent0-port') this.setClipboardAgent(event.data.open === true);
        if (event.data.id === AGENT_PORT.id) this.agent?.setPortOpen(event.data.open === true);
        break;
      case 'GUEST_PANICKED': {
        const message = describePanic(event.data);
        this.panic = { at: new Date().toISOString(), message };
        this.emit('problem', message);
        this.setState('panicked');
        break;
      }
    }
  }

  private dropAgent(): void {
    this.agent?.close();
    this.agent = undefined;
  }

  private setClipboardAgent(open: boolean): void {
    if (open === this.clipboardAgentOpen) return;
    this.clipboardAgentOpen = open;
    this.emit('changed');
  }

  /** Drops the session without touching QEMU (engine shutting down). */
  async detach(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.dropAgent();
    await session?.detach();
  }

  async loadLastExit(): Promise<void> {
    try {
      this.lastExitInfo = lastExitSchema.parse(JSON.parse(await readFile(this.files.lastExit, 'utf8')));
      if (this.lastExitInfo.kind === 'crashed' && this.currentState === 'stopped') this.setState('crashed');
    } catch {
      this.lastExitInfo = null;
    }
  }

  async clearLastExit(): Promise<void> {
    this.lastExitInfo = null;
    await rm(this.files.lastExit, { force: true });
  }

  /** QEMU is gone: a clean stop if someone asked for it, a crash otherwise. */
  async recordExit(kind: LastExit['kind'] | undefined, reason: string): Promise<void> {
    const crashed = kind === undefined;
    const logTail = crashed ? await readLogTail(this.files.qemuLog, 20) : [];
    this.lastExitInfo = {
      at: new Date().toISOString(),
      kind: kind ?? 'crashed',
      reason: crashed ? 'QEMU exited without being asked to (killed or crashed)' : reason,
      logTail,
    };
    await writeJsonAtomic(this.files.lastExit, this.lastExitInfo).catch(() => undefined);
    this.record(crashed ? 'error' : 'info', this.lastExitInfo.reason);
    this.session = undefined;
    this.dropAgent();
    this.exitIntent = undefined;
    this.exitReason = '';
    this.setState(crashed ? 'crashed' : kind === 'saved' ? 'saved' : 'stopped');
  }

  private async handleExit(session: QemuSession): Promise<void> {
    if (this.session !== session) return;
    await session.cleanup();
    await this.recordExit(this.exitIntent, this.exitReason);
  }
}

function describe(operation: VmOperation): string {
  return operation === 'forceOff' ? 'force off' : operation;
}

/** pvpanic says only that it happened; Hyper-V and s390 guests add details. */
function describePanic(data: Record<string, unknown>): string {
  const info = data.info as Record<string, unknown> | undefined;
  const details = info
    ? Object.entries(info)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(', ')
    : '';
  return `the guest kernel panicked${details ? ` (${details})` : ''}: force it off, or reset it to reboot`;
}

function describeShutdown(data: Record<string, unknown>): string {
  const reason = typeof data.reason === 'string' ? data.reason : 'unknown';
  return data.guest === true ? `the guest powered off (${reason})` : `QEMU shut down (${reason})`;
}
