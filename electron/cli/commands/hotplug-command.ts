import type { Command } from 'commander';
import { parseSize } from '../../../shared/size';
import { badInput } from '../cli-errors';
import { printJson, statusJson } from '../output';
import { parseInteger } from '../parse-args';
import { runWithEngine } from '../run-command';

const MiB = 1024 * 1024;

export function registerHotplugCommand(program: Command): void {
  program
    .command('hotplug <NAME> <WHAT> [SIZE]')
    .description('add to a running VM: cpu [--count N] (default: one more) | memory SIZE (e.g. 128M, 1G)')
    .option('--count <N>', 'the vCPU count to reach', parseInteger('--count', 1, 255))
    .option('--json', 'machine-readable output')
    .action(
      (name: string, what: string, size: string | undefined, options: { count?: number; json?: boolean }) =>
        runWithEngine(!!options.json, async ({ client, json }) => {
          let result;
          let done: string;
          if (what === 'cpu') {
            const { config } = await client.invoke('vm.get', { vm: name });
            const count = options.count ?? (config?.cpu.count ?? 0) + 1;
            result = await client.invoke('vm.setVcpus', { vm: name, count });
            done = `"${result.status.name}" has ${count} vCPUs; a Linux guest onlines them with: echo 1 > /sys/devices/system/cpu/cpuN/online`;
          } else if (what === 'memory') {
            const bytes = size === undefined ? undefined : parseSize(size);
            if (bytes === undefined || bytes <= 0 || bytes % MiB !== 0)
              throw badInput(`hotplug memory needs a size like 128M or 1G (got "${size ?? ''}")`);
            result = await client.invoke('vm.addMemory', { vm: name, sizeMiB: bytes / MiB });
            done =
              `"${result.status.name}" has ${result.config.memoryMiB} MiB; a Linux guest onlines it with: ` +
              'for m in /sys/devices/system/memory/memory*/state; do echo online > $m; done';
          } else {
            throw badInput(`hotplug: "${what}" is not cpu or memory`);
          }
          if (json) printJson(statusJson(result.status));
          else process.stdout.write(`${done}\n`);
        }),
    );
}
