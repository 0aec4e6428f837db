import type { Command } from 'commander';
import { VireoError } from '../../../shared/errors';
import { withJobProgress } from '../job-progress';
import { printJsonLine, statusJson } from '../output';
import { runWithEngine } from '../run-command';

export function registerSaveCommands(program: Command): void {
  program
    .command('save <NAME>')
    .description('save a running VM’s memory to disk and stop it; `vireo restore` resumes it where it was')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const vm = await withJobProgress(client, (jobId) => client.invoke('vm.save', { vm: name, jobId }));
        if (json) printJsonLine(statusJson(vm));
        else
          process.stdout.write(
            `Saved "${vm.name}": \`vireo restore ${JSON.stringify(vm.name)}\` resumes it\n`,
          );
      }),
    );

  program
    .command('restore <NAME>')
    .description('resume a saved VM where it was')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const { status } = await client.invoke('vm.get', { vm: name });
        if (status.state !== 'saved')
          throw new VireoError(
            'INVALID_STATE',
            `"${status.name}" has no saved state (it is ${status.state})`,
          );
        const vm = await client.invoke('vm.start', { vm: name });
        if (json) printJsonLine(statusJson(vm));
        else process.stdout.write(`Restored "${vm.name}" (pid ${vm.pid})\n`);
      }),
    );

  program
    .command('discard-saved <NAME>')
    .description('throw away a saved VM’s memory (it then starts afresh)')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const vm = await client.invoke('vm.discardSaved', { vm: name });
        if (json) printJsonLine(statusJson(vm));
        else process.stdout.write(`Discarded the saved state of "${vm.name}"\n`);
      }),
    );
}
