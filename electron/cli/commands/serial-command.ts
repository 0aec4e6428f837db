import type { Command } from 'commander';
import type { ContractClient } from '../../../shared/contract';
import { isActive } from '../../../shared/vm-state';
import { runWithEngine } from '../run-command';

export function registerSerialCommand(program: Command): void {
  program
    .command('serial <NAME>')
    .description("print the serial console's history; --follow streams it; --send types TEXT and Enter")
    .option('--follow', 'keep printing new output until the VM stops (Ctrl+C to quit)')
    .option('--send <TEXT>', 'type TEXT followed by Enter into the serial console')
    .action((name: string, options: { follow?: boolean; send?: string }) =>
      runWithEngine(false, async ({ client }) => {
        if (options.send !== undefined) {
          await client.invoke('serial.send', { vm: name, text: `${options.send}\r` });
          if (!options.follow) return;
        }
        if (options.follow) return follow(client, name);
        const { data } = await client.invoke('serial.history', { vm: name });
        process.stdout.write(Buffer.from(data, 'base64'));
      }),
    );
}

/** History first, then live output, until the VM stops or the user presses Ctrl+C. */
async function follow(client: ContractClient, name: string): Promise<void> {
  const { uuid } = await client.invoke('serial.subscribe', { vm: name });
  let historyPrinted = false;
  const unsubscribe = client.on('serial.output', (event) => {
    // Output that arrives before the history is read is already in the history (QEMU logs first).
    if (event.uuid === uuid && historyPrinted) process.stdout.write(Buffer.from(event.data, 'base64'));
  });
  const { data } = await client.invoke('serial.history', { vm: name });
  process.stdout.write(Buffer.from(data, 'base64'));
  historyPrinted = true;
  const { status } = await client.invoke('vm.get', { vm: name });
  if (!isActive(status.state)) {
    unsubscribe();
    return;
  }
  await new Promise<void>((resolve) => {
    const stopWatching = client.on('vm.stateChanged', (vm) => {
      if (vm.uuid === uuid && !isActive(vm.state)) finish();
    });
    const finish = () => {
      stopWatching();
      unsubscribe();
      process.off('SIGINT', finish);
      resolve();
    };
    process.once('SIGINT', finish);
  });
}
