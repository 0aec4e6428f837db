import type { ContractClient } from '../../shared/contract';
import { waitUntil } from './wait';

/**
 * Collects a VM's serial output through the contract (as any client would) and waits for text.
 */
export class SerialReader {
  private text = '';
  private constructor(
    private readonly client: ContractClient,
    private readonly vm: string,
  ) {}

  static async open(client: ContractClient, vm: string): Promise<SerialReader> {
    const reader = new SerialReader(client, vm);
    const { uuid } = await client.invoke('serial.subscribe', { vm });
    client.on('serial.output', (event) => {
      if (event.uuid === uuid) reader.text += Buffer.from(event.data, 'base64').toString('utf8');
    });
    return reader;
  }

  get output(): string {
    return this.text;
  }

  /** Waits for `pattern` to appear after `from` (an offset into the output), returns the match's end. */
  async waitFor(pattern: string | RegExp, timeoutMs = 60_000, from = 0): Promise<number> {
    return waitUntil(
      `serial output ${String(pattern)} from ${this.vm}`,
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
    await this.client.invoke('serial.send', { vm: this.vm, text: `${command}\r` });
    const end = await this.waitFor(prompt, timeoutMs, start + command.length);
    return this.text.slice(start, end - 1);
  }
}
