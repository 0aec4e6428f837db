import type { Command } from 'commander';
import { withJobProgress } from '../job-progress';
import { printJsonLine, statusJson } from '../output';
import { absolutePath } from '../parse-args';
import { runWithEngine } from '../run-command';

export function registerBundleCommands(program: Command): void {
  program
    .command('export <NAME> <FILE>')
    .description('write a shut-down VM (config + disks) to a .vireo bundle; Ctrl+C cancels')
    .option('--compress', 'compress the disks (qcow2 compression: smaller, slower)')
    .option('--json', 'machine-readable output')
    .action((name: string, file: string, options: { compress?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const path = absolutePath(file);
        const result = await withJobProgress(client, (jobId) =>
          client.invoke('vm.export', { vm: name, path, compress: !!options.compress, jobId }),
        );
        if (json) printJsonLine(result);
        else process.stdout.write(`Exported "${name}" to ${result.path} (${result.bytes} bytes)\n`);
      }),
    );

  program
    .command('import <FILE>')
    .description('create a VM from a .vireo bundle')
    .option('--name <NEWNAME>', 'a name of its own (when the bundle’s is taken)')
    .option('--json', 'machine-readable output')
    .action((file: string, options: { name?: string; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const path = absolutePath(file);
        const vm = await withJobProgress(client, (jobId) =>
          client.invoke('vm.import', { path, ...(options.name ? { name: options.name } : {}), jobId }),
        );
        if (json) printJsonLine(statusJson(vm));
        else process.stdout.write(`Imported "${vm.name}" from ${path}\n`);
      }),
    );
}
