import type { Command } from 'commander';
import type { ContractClient } from '../../../shared/contract';
import { isActive } from '../../../shared/vm-state';
import { runWithEngine } from '../run-command';

/** Ctrl+] ends an interactive session, as in `virsh console` and telnet. */
const DETACH = 0x1d;

interface SerialOptions {
  follow?: boolean;
  send?: string;
  port: string;
}

export function registerSerialCommand(program: Command): void {
  program
    .command('serial <NAME>')
    .description(
      "print a console's history; --follow streams it (interactive on a terminal: Ctrl+] detaches)",
    )
    .option('--follow', 'keep printing new output until the VM stops')
    .option('--send <TEXT>', 'type TEXT followed by Enter into the console')
    .option('--port <ID>', 'which console: serial0, serial1–3, console0–3', 'serial0')
    .action((name: string, options: SerialOptions) =>
      runWithEngine(false, async ({ client }) => {
        const { port } = options;
        if (options.send !== undefined) {
          await client.invoke('serial.send', { vm: name, port, text: `${options.send}\r` });
          if (!options.follow) return;
        }
        if (options.follow) return follow(client, name, port);
        const { data } = await client.invoke('serial.history', { vm: name, port });
        process.stdout.write(Buffer.from(data, 'base64'));
      }),
    );
}

/**
 * History first, then live output (acknowledged once written, so a slow terminal slows the guest
 * instead of filling memory), until the VM stops, Ctrl+C, or — on a terminal — Ctrl+].
 */
async function follow(client: ContractClient, name: string, port: string): Promise<void> {
  const { uuid } = await client.invoke('serial.subscribe', { vm: name, port });
  let historyPrinted = false;
  const unsubscribe = client.on('serial.output', (event) => {
    // Output that arrives before the history is read is already in the history (QEMU logs first).
    if (event.uuid !== uuid || event.port !== port) return;
    const bytes = Buffer.from(event.data, 'base64');
    if (!historyPrinted) {
      void client.invoke('serial.ack', { vm: uuid, port, bytes: bytes.length });
      return;
    }
    process.stdout.write(
      bytes,
      () => void client.invoke('serial.ack', { vm: uuid, port, bytes: bytes.length }),
    );
  });
  const { data } = await client.invoke('serial.history', { vm: name, port });
  process.stdout.write(Buffer.from(data, 'base64'));
  historyPrinted = true;
  const { status } = await client.invoke('vm.get', { vm: name });
  if (!isActive(status.state)) {
    unsubscribe();
    return;
  }
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  await new Promise<void>((resolve) => {
    const stopWatching = client.on('vm.stateChanged', (vm) => {
      if (vm.uuid === uuid && !isActive(vm.state)) finish();
    });
    const onInput = (chunk: Buffer) => {
      const detach = chunk.indexOf(DETACH);
      const typed = detach === -1 ? chunk : chunk.subarray(0, detach);
      if (typed.length > 0)
        void client.invoke('serial.send', { vm: uuid, port, text: typed.toString('utf8') });
      if (detach !== -1) finish();
    };
    const finish = () => {
      stopWatching();
      unsubscribe();
      process.off('SIGINT', finish);
      if (interactive) {
        process.stdin.off('data', onInput);
        process.stdin.setRawMode(false);
        process.stdin.pause();
        process.stderr.write('\r\n[detached]\r\n');
      }
      resolve();
    };
    if (interactive) {
      // Raw: every key (Ctrl+C too) goes to the guest, as on a real serial line.
      process.stderr.write(`Connected to ${name} (${port}). Press Ctrl+] to detach.\r\n`);
      process.stdin.setRawMode(true);
      process.stdin.on('data', onInput);
      process.stdin.resume();
    } else {
      process.once('SIGINT', finish);
    }
  });
}
