import type { Command } from 'commander';
import type { ContractClient } from '../../../shared/contract';
import { VireoError } from '../../../shared/errors';
import type { MetricsTick } from '../../../shared/metrics';
import { isActive } from '../../../shared/vm-state';
import { statsJson, statsLine, topScreen } from '../metrics-output';
import { parseInteger } from '../parse-args';
import { runWithEngine } from '../run-command';

/**
 * Calls `onTick` for each metrics tick until it returns false (done), or Ctrl+C.
 */
async function eachTick(client: ContractClient, onTick: (tick: MetricsTick) => boolean): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = client.on('metrics.tick', (tick) => {
      if (onTick(tick) === false) finish();
    });
    const finish = () => {
      stop();
      process.off('SIGINT', finish);
      void client.invoke('metrics.unsubscribe', {}).catch(() => undefined);
      resolve();
    };
    process.once('SIGINT', finish);
    client.invoke('metrics.subscribe', {}).catch(finish);
  });
}

export function registerMetricsCommands(program: Command): void {
  program
    .command('stats <NAME>')
    .description('print a running VM’s CPU, memory, disk and network each interval (as the charts show)')
    .option('--count <N>', 'stop after N samples', parseInteger('--count', 1, 1_000_000))
    .option('--json', 'one JSON object per line')
    .action((name: string, options: { count?: number; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const { status } = await client.invoke('vm.get', { vm: name });
        if (!isActive(status.state)) throw new VireoError('INVALID_STATE', `"${status.name}" is not running`);
        let printed = 0;
        let stopped = false;
        const stopWatching = client.on('vm.stateChanged', (vm) => {
          if (vm.uuid === status.uuid && !isActive(vm.state)) stopped = true;
        });
        await eachTick(client, (tick) => {
          const sample = tick.vms.find((vm) => vm.uuid === status.uuid);
          if (stopped) return false;
          if (!sample) return true;
          process.stdout.write(
            `${json ? JSON.stringify(statsJson(tick, sample, status.name)) : statsLine(tick, sample)}\n`,
          );
          printed++;
          return options.count === undefined || printed < options.count;
        });
        stopWatching();
      }),
    );

  program
    .command('top')
    .description(
      'a live table of the running VMs (CPU, memory, disk, network), refreshed each interval; Ctrl+C quits',
    )
    .option('--count <N>', 'stop after N refreshes', parseInteger('--count', 1, 1_000_000))
    .action((options: { count?: number }) =>
      runWithEngine(false, async ({ client }) => {
        const names = new Map((await client.invoke('vm.list', {})).map((vm) => [vm.uuid, vm.name]));
        client.on('vm.added', (vm) => names.set(vm.uuid, vm.name));
        client.on('vm.stateChanged', (vm) => names.set(vm.uuid, vm.name));
        const tty = process.stdout.isTTY;
        let refreshes = 0;
        await eachTick(client, (tick) => {
          // On a terminal, redraw in place; otherwise print each screen after a blank line.
          process.stdout.write(
            `${tty ? '\x1b[H\x1b[2J' : refreshes > 0 ? '\n' : ''}${topScreen(tick, names)}\n`,
          );
          refreshes++;
          return options.count === undefined || refreshes < options.count;
        });
      }),
    );
}
