import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type EventName, type EventPayload } from '../../shared/contract';
import type { Capabilities } from '../../shared/capabilities';
import type { VmConfig } from '../../shared/vm-config';
import { consoleIds } from '../../shared/vm-consoles';
import { VireoError } from '../../shared/errors';
import { readEngineLockHolder, tryAcquireEngineLock, type EngineInfo, type EngineLock } from './engine-lock';
import { createHandlers, type Handlers } from './engine-handlers';
import { EngineSession, type EventSink, type SessionHost } from './engine-session';
import { vmFiles, type VireoPaths } from './paths';
import { OutputFanout } from './console/output-fanout';
import { VncProxy } from './console/vnc-proxy';
import { OsCatalog } from './osinfo/os-catalog';
import { MetricsService } from './metrics/metrics-service';
import { JobManager } from './jobs/job-manager';
import { probeTargets } from './metrics/probe-targets';
import { TerminalManager } from './terminal/terminal-manager';
import { PreferencesStore } from './preferences-store';
import { probeCapabilities } from './qemu/capabilities';
import { attachVm } from './vm/vm-lifecycle';
import { VmInstance } from './vm/vm-instance';
import { VmStore } from './vm-store';
import { BasesLock } from './vm/bases';

export interface EngineOptions {
  paths: VireoPaths;
  env?: NodeJS.ProcessEnv;
  kind: string;
  version: string;
}

type EngineEvents = { sessionsChanged: [] };

/**
 * The one owner of a data dir's VMs: it holds their QMP and serial sockets and serves the
 * contract to sessions (CLI, windows, tabs). It never imports electron.
 */
export class Engine extends EventEmitter<EngineEvents> implements SessionHost {
  readonly vms = new Map<string, VmInstance>();
  readonly store: VmStore;
  readonly preferences: PreferencesStore;
  readonly osCatalog = new OsCatalog();
  /** Console and terminal output to subscribers, with backpressure. */
  readonly fanout = new OutputFanout<EngineSession>((stream, paused) => this.setStreamPaused(stream, paused));
  readonly terminals = new TerminalManager(this.fanout);
  readonly vncProxy = new VncProxy((uuid) => {
    const vm = this.vms.get(uuid);
    return vm?.running && existsSync(vm.files.vncSocket) ? vm.files.vncSocket : undefined;
  });
  readonly metrics: MetricsService<EngineSession>;
  readonly jobs = new JobManager((job) => this.broadcast('job.updated', job));
  /** Held by work that adds to data/bases/, and by pruning it. */
  readonly bases = new BasesLock();
  readonly env: NodeJS.ProcessEnv;
  private readonly sessions = new Set<EngineSession>();
  private readonly handlers: Handlers;
  private capabilitiesCache: Promise<Capabilities> | undefined;
  private closed = false;

  private constructor(
    readonly paths: VireoPaths,
    readonly info: EngineInfo,
    private readonly lock: EngineLock,
    env: NodeJS.ProcessEnv,
  ) {
    super();
    this.env = env;
    this.store = new VmStore(paths);
    this.preferences = new PreferencesStore(paths);
    this.handlers = createHandlers(this);
    this.metrics = new MetricsService({
      targets: () => probeTargets(this.vms.values()),
      vmFolder: (uuid) => vmFiles(paths, uuid).dataDir,
      hostFolder: paths.dataDir,
      intervalMs: 1000,
      memoryMinutes: 60,
    });
  }

  /** Opens the engine, or throws ENGINE_LOCKED naming the engine that already holds this data dir. */
  static async open(options: EngineOptions): Promise<Engine> {
    const engine = await Engine.tryOpen(options);
    if (engine) return engine;
    const holder = await readEngineLockHolder(options.paths);
    throw new VireoError(
      'ENGINE_LOCKED',
      holder
        ? `another Vireo engine (${holder.kind}, pid ${holder.pid}) already manages ${options.paths.dataDir}`
        : `another Vireo engine already manages ${options.paths.dataDir}`,
      holder ? { holder } : undefined,
    );
  }

  /** Opens the engine, or returns undefined when another one holds the data dir. */
  static async tryOpen(options: EngineOptions): Promise<Engine | undefined> {
    const info: EngineInfo = {
      pid: process.pid,
      kind: options.kind,
      home: options.paths.dataDir,
      startedAt: new Date().toISOString(),
      version: options.version,
    };
    const lock = await tryAcquireEngineLock(options.paths, info);
    if (!lock) return undefined;
    const engine = new Engine(options.paths, info, lock, options.env ?? process.env);
    try {
      await mkdir(join(options.paths.runtimeDir, 'vms'), { recursive: true, mode: 0o700 });
      await chmod(options.paths.runtimeDir, 0o700);
      await engine.loadVms();
      const prefs = await engine.preferences.load();
      engine.metrics.configure(prefs.metricsIntervalSec * 1000, prefs.metricsHistoryMinutes);
      engine.metrics.start();
    } catch (error) {
      await lock.release();
      throw error;
    }
    return engine;
  }

  capabilities(refresh = false): Promise<Capabilities> {
    if (refresh || !this.capabilitiesCache) {
      this.capabilitiesCache = this.preferences.load().then((prefs) => probeCapabilities(this.env, prefs));
      this.capabilitiesCache.catch(() => (this.capabilitiesCache = undefined));
    }
    return this.capabilitiesCache;
  }

  openSession(send: EventSink): EngineSession {
    if (this.closed) throw new VireoError('ENGINE_UNAVAILABLE', 'the engine is shutting down');
    const session = new EngineSession(this, send);
    this.sessions.add(session);
    this.emit('sessionsChanged');
    return session;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  handle(name: string, params: unknown, session: EngineSession): Promise<unknown> {
    const handler = this.handlers[name as keyof Handlers] as (
      p: unknown,
      s: EngineSession,
    ) => Promise<unknown>;
    return handler(params, session);
  }

  detachSession(session: EngineSession): void {
    this.fanout.dropOwner(session);
    this.metrics.unsubscribe(session);
    this.terminals.closeAllOf(session);
    if (this.sessions.delete(session)) this.emit('sessionsChanged');
  }

  /** The fanout key of a VM's text console. */
  static consoleStream(uuid: string, port: string): string {
    return `console/${uuid}/${port}`;
  }

  private setStreamPaused(stream: string, paused: boolean): void {
    const [kind, id, port] = stream.split('/');
    if (kind === 'terminal' && id) this.terminals.setPaused(id, paused);
    if (kind === 'console' && id && port) this.vms.get(id)?.running?.setConsolePaused(port, paused);
  }

  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const session of this.sessions) session.send(event, payload);
  }

  /** The configs of every VM whose config could be read. */
  configs(): VmConfig[] {
    return [...this.vms.values()].flatMap((vm) => (vm.config ? [vm.config] : []));
  }

  /** Finds a VM by exact name, or by uuid. */
  find(ref: string): VmInstance {
    const byUuid = this.vms.get(ref);
    if (byUuid) return byUuid;
    for (const vm of this.vms.values()) if (vm.config?.name === ref) return vm;
    throw new VireoError('NOT_FOUND', `no VM named "${ref}"`);
  }

  track(vm: VmInstance): void {
    this.vms.set(vm.uuid, vm);
    vm.on('changed', () => this.broadcast('vm.stateChanged', vm.status()));
    vm.on('problem', (message) =>
      this.broadcast('engine.error', { code: 'QEMU_FAILED', message, uuid: vm.uuid }),
    );
    vm.on('timeline', (entry) => this.broadcast('vm.timeline', { uuid: vm.uuid, entry }));
    vm.on('console', (port, chunk) => this.fanout.push(Engine.consoleStream(vm.uuid, port), chunk));
    // A console paused for a slow reader stays paused across a restart of its VM.
    vm.on('changed', () => {
      for (const port of vm.config ? consoleIds(vm.config) : []) {
        if (this.fanout.isPaused(Engine.consoleStream(vm.uuid, port)))
          vm.running?.setConsolePaused(port, true);
      }
    });
  }

  /** Lets go of every VM (they keep running) and of the data dir. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const session of [...this.sessions]) session.close();
    this.terminals.closeAll();
    this.jobs.cancelAll();
    await this.metrics.close();
    await this.vncProxy.close();
    await Promise.all([...this.vms.values()].map((vm) => vm.detach()));
    await this.lock.release();
  }

  private async loadVms(): Promise<void> {
    const stored = await this.store.loadAll();
    const instances = stored.map(
      (s) => new VmInstance(s.uuid, s.config, s.problem, vmFiles(this.paths, s.uuid)),
    );
    for (const vm of instances) this.track(vm);
    await Promise.all(
      instances.map((vm) =>
        attachVm(vm).catch((error: unknown) =>
          vm.emit('problem', `could not re-attach to "${vm.name}": ${(error as Error).message}`),
        ),
      ),
    );
  }
}
