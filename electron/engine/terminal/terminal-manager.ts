import { randomUUID } from 'node:crypto';
import type { IPty, spawn as spawnPty } from 'node-pty';
import { VireoError } from '../../../shared/errors';
import type { OutputFanout } from '../console/output-fanout';
import type { EngineSession } from '../engine-session';
import { findExecutable } from '../qemu/capabilities';

interface Terminal {
  pty: IPty;
  owner: EngineSession;
}

/**
 * SSH terminals in pseudo-terminals (node-pty) on the engine's host; only the engine's process
 * loads node-pty. Output flows like a serial console: batched, acknowledged, paused when behind.
 */
export class TerminalManager {
  private readonly terminals = new Map<string, Terminal>();

  constructor(private readonly fanout: OutputFanout<EngineSession>) {}

  static streamOf(id: string): string {
    return `terminal/${id}`;
  }

  setPaused(id: string, paused: boolean): void {
    const terminal = this.terminals.get(id);
    if (paused) terminal?.pty.pause();
    else terminal?.pty.resume();
  }

  async open(owner: EngineSession, args: string[], size: { cols: number; rows: number }) {
    const ssh = await findExecutable('ssh', process.env.VIREO_SSH);
    if (!ssh) {
      throw new VireoError('UNSUPPORTED', 'the ssh client is not installed: sudo apt install openssh-client');
    }
    let spawn: typeof spawnPty;
    try {
      ({ spawn } = await import('node-pty'));
    } catch (error) {
      throw new VireoError(
        'UNSUPPORTED',
        `terminals are unavailable: node-pty did not load (${(error as Error).message})`,
      );
    }
    const id = randomUUID();
    const pty = spawn(ssh, args, {
      name: 'xterm-256color',
      cols: size.cols,
      rows: size.rows,
      env: process.env,
    });
    const stream = TerminalManager.streamOf(id);
    this.terminals.set(id, { pty, owner });
    this.fanout.subscribe(owner, stream, (data) =>
      owner.send('terminal.output', { id, data: data.toString('utf8') }),
    );
    pty.onData((data) => this.fanout.push(stream, Buffer.from(data, 'utf8')));
    pty.onExit(({ exitCode, signal }) => {
      this.terminals.delete(id);
      // Let the last output reach the client before it hears of the exit.
      setTimeout(() => {
        this.fanout.dropStream(stream);
        const how = signal ? `ended by signal ${signal}` : `exited with status ${exitCode}`;
        owner.send('terminal.exit', { id, code: signal ? null : exitCode, message: `ssh ${how}` });
      }, 50);
    });
    return { id, command: [ssh, ...args] };
  }

  input(owner: EngineSession, id: string, data: string): void {
    this.owned(owner, id).pty.write(data);
  }

  resize(owner: EngineSession, id: string, cols: number, rows: number): void {
    this.owned(owner, id).pty.resize(cols, rows);
  }

  ack(owner: EngineSession, id: string, bytes: number): void {
    this.fanout.ack(owner, TerminalManager.streamOf(id), bytes);
  }

  close(owner: EngineSession, id: string): void {
    this.owned(owner, id).pty.kill();
  }

  /** The client went away: its terminals end with it. */
  closeAllOf(owner: EngineSession): void {
    for (const terminal of this.terminals.values()) if (terminal.owner === owner) terminal.pty.kill();
  }

  closeAll(): void {
    for (const terminal of this.terminals.values()) terminal.pty.kill();
  }

  private owned(owner: EngineSession, id: string): Terminal {
    const terminal = this.terminals.get(id);
    if (!terminal || terminal.owner !== owner)
      throw new VireoError('NOT_FOUND', `no terminal ${id} in this window`);
    return terminal;
  }
}
