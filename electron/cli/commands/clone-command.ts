import type { Command } from 'commander';
import { withJobProgress } from '../job-progress';
import { printJsonLine, statusJson } from '../output';
import { runWithEngine } from '../run-command';

export function registerCloneCommand(program: Command): void {
  program
    .command('clone <SOURCE> <NEWNAME>')
    .description(
      'a new VM from SOURCE (shut down, or paused): its disks copied; with --linked, overlays on them ' +
        '(SOURCE must be shut down; its disks become shared read-only bases). Ctrl+C cancels a copy.',
    )
    .option('--linked', 'overlays instead of copies: instant and small')
    .option('--json', 'machine-readable output')
    .action((source: string, name: string, options: { linked?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const clone = await withJobProgress(client, (jobId) =>
          client.invoke('vm.clone', { vm: source, name, linked: !!options.linked, jobId }),
        );
        if (json) printJsonLine(statusJson(clone));
        else
          process.stdout.write(`Cloned "${source}" to "${clone.name}"${options.linked ? ' (linked)' : ''}\n`);
      }),
    );
}
