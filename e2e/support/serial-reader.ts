import type { ContractClient } from '../../shared/contract';
import { waitUntil } from './wait';

/**
 * Collects one console's output through the contract (as any client would) and waits for text.
 * Like a real client it acknowledges what it received, unless told not to (to test backpressure).
 */
export class SerialReader {
  private text = '';
  private unacked = 0;
  private autoAck: boolean;

  private constructor(
    private readonly client: ContractClient,
    private readonly vm: string,
    private readonly port: string,
    ack: boolean,
  ) {
    this.autoAck = ack;
  }

  static async open(
    client: ContractClient,
    vm: string,
    port = 'serial0',
    options: { ack: boolean } = { ack: true },
  ): Promise<SerialReader> {
    const reader = new SerialReader(client, vm, port, options.ack);
    const { uuid } = await client.invoke('serial.subscribe', { vm, port });
    client.on('serial.output', (event) => {
      if (event.uuid !== uuid || event.port !== port) return;
      const bytes = Buffer.from(event.data, 'base64');
      reader.text += bytes.toString('utf8');
      reader.unacked += bytes.length;
      if (reader.autoAck) void reader.ackAll();
    });
    return reader;
  }

  get output(): string {
    return this.text;
  }

  /** Acknowledges everything received so far, and from now on acknowledges as it receives. */
  async ackAll(): Promise<void> {
    this.autoAck = true;
    const bytes = this.unacked;
    this.unacked = 0;
    if (bytes > 0) await this.client.invoke('serial.ack', { vm: this.vm, port: this.port, bytes });
  }

  /** Waits for `pattern` to appear after `from` (an offset into the output), returns the match's end. */
  async waitFor(pattern: string | RegExp, timeoutMs = 60_000, from = 0): Promise<number> {
    return waitUntil(
      `${String(pattern)} on ${this.port} of ${this.vm}`,
      () => {
        const rest = this.text.slice(from);
        const match = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
        return match === -1 ? 0 : from + match + 1;
      },
      timeoutMs,
    );
  }

  /** Types a command and returns the output lines up to the next prompt. */
  async run(command: string, prompt = 'vireo-guest# ', timeoutMs = 30_000): Promise<string> {
    const start = this.text.length;
    await this.client.invoke('serial.send', { vm: this.vm, port: this.port, text: `${command}\r` });
    const end = await this.waitFor(prompt, timeoutMs, start + command.length);
    return this.text.slice(start, end - 1);
  }
}
