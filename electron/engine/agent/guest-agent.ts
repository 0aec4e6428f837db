import { EventEmitter } from 'node:events';
import { VireoError } from '../../../shared/errors';
import {
  AGENT_INSTALL_HINT,
  type GuestAgentInfo,
  type GuestAgentState,
  type GuestInterface,
  type GuestOs,
} from '../../../shared/guest-agent';
import { AgentChannel } from './agent-channel';
import { parseHostName, parseInterfaces, parseOsInfo } from './agent-replies';

const CONNECT_TIMEOUT_MS = 3000;

/**
 * A running VM's guest agent, as far as the engine knows it. QEMU tells when the guest opens the
 * agent's port (VSERPORT_CHANGE); the engine then connects, syncs and reads the guest's OS,
 * hostname and interfaces. Commands fail with a clear message while no agent answers.
 */
export class GuestAgent extends EventEmitter<{ changed: [] }> {
  private channel: AgentChannel | undefined;
  private connecting: Promise<AgentChannel | undefined> | undefined;
  private portOpen = false;
  private closed = false;
  private os: GuestOs | null = null;
  private hostname: string | null = null;
  private interfaces: GuestInterface[] = [];
  private updatedAt: string | null = null;
  /** Settles once QEMU has said whether the port is open (query-chardev on attach, or an event). */
  private readonly portKnown: Promise<void>;
  private markPortKnown: () => void = () => undefined;

  constructor(
    private readonly socketPath: string,
    private readonly vmName: string,
  ) {
    super();
    this.portKnown = new Promise((resolve) => (this.markPortKnown = resolve));
  }

  get state(): GuestAgentState {
    return this.channel && !this.channel.isClosed ? 'connected' : 'waiting';
  }

  /** The guest opened or closed the agent's port. */
  setPortOpen(open: boolean): void {
    this.markPortKnown();
    if (open === this.portOpen) return;
    this.portOpen = open;
    if (open) void this.connect();
    else this.drop();
  }

  info(): GuestAgentInfo {
    return {
      state: this.state,
      os: this.os,
      hostname: this.hostname,
      interfaces: this.interfaces,
      updatedAt: this.updatedAt,
    };
  }

  /** Asks the guest again for its hostname and interfaces (addresses, counters). */
  async refresh(): Promise<GuestAgentInfo> {
    const channel = await this.ready();
    if (channel) {
      await this.read(channel).catch(() => undefined);
    }
    return this.info();
  }

  /** The guest's own per-NIC counters (user-mode networking has no host-side ones). */
  async interfaceCounters(timeoutMs: number): Promise<GuestInterface[] | undefined> {
    const channel = this.portOpen ? await this.ready() : undefined;
    if (!channel) return undefined;
    try {
      this.interfaces = parseInterfaces(
        await channel.execute('guest-network-get-interfaces', undefined, timeoutMs),
      );
      return this.interfaces;
    } catch {
      return undefined;
    }
  }

  /** Runs an agent command; throws a message saying how to get an agent when none answers. */
  async execute<T = unknown>(command: string, args?: object, timeoutMs = 10_000): Promise<T> {
    const channel = await this.ready();
    if (!channel)
      throw new VireoError(
        'UNSUPPORTED',
        `no guest agent is running in "${this.vmName}": ${AGENT_INSTALL_HINT}`,
      );
    return channel.execute<T>(command, args, timeoutMs);
  }

  close(): void {
    this.closed = true;
    this.drop();
  }

  private async ready(): Promise<AgentChannel | undefined> {
    if (this.channel && !this.channel.isClosed) return this.channel;
    await Promise.race([this.portKnown, new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (!this.portOpen || this.closed) return undefined;
    return this.connect();
  }

  private connect(): Promise<AgentChannel | undefined> {
    this.connecting ??= this.openAndRead().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async openAndRead(): Promise<AgentChannel | undefined> {
    let channel: AgentChannel;
    try {
      channel = await AgentChannel.open(this.socketPath, CONNECT_TIMEOUT_MS);
    } catch {
      return undefined;
    }
    if (this.closed || !this.portOpen) {
      channel.close();
      return undefined;
    }
    this.channel = channel;
    this.os = await channel
      .execute('guest-get-osinfo')
      .then(parseOsInfo)
      .catch(() => null);
    await this.read(channel).catch(() => undefined);
    this.emit('changed');
    return channel;
  }

  private async read(channel: AgentChannel): Promise<void> {
    this.hostname = parseHostName(await channel.execute('guest-get-host-name'));
    this.interfaces = parseInterfaces(await channel.execute('guest-network-get-interfaces'));
    this.updatedAt = new Date().toISOString();
  }

  private drop(): void {
    const had = this.channel !== undefined;
    this.channel?.close();
    this.channel = undefined;
    if (had) this.emit('changed');
  }
}
