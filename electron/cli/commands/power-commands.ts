import type { Command } from 'commander';
import type { RequestName } from '../../../shared/contract';
import type { VmStatus } from '../../../shared/vm-state';
import { badInput } from '../cli-errors';
import { printJson, statusJson } from '../output';
import { parseSeconds } from '../parse-args';
import { runWithEngine } from '../run-command';

/** Without --timeout, `shutdown --force` still gives the guest this long. */
const DEFAULT_FORCE_TIMEOUT_SEC = 60;

type SimpleOperation = Extract<RequestName, 'vm.start' | 'vm.pause' | 'vm.resume' | 'vm.reboot'>;

const simple: Array<[string, SimpleOperation, string, (vm: VmStatus) => string]> = [
  ['start', 'vm.start', 'start a VM', (vm) => `Started "${vm.name}" (pid ${vm.pid}, ${vm.accel})`],
  ['pause', 'vm.pause', 'pause a running VM (its clock stops)', (vm) => `Paused "${vm.name}"`],
  ['resume', 'vm.resume', 'resume a paused VM', (vm) => `Resumed "${vm.name}"`],
  ['reboot', 'vm.reboot', 'reset a running VM', (vm) => `Rebooted "${vm.name}"`],
];

function report(vm: VmStatus, json: boolean, text: string): void {
  if (json) printJson(statusJson(vm));
  else process.stdout.write(`${text}\n`);
}

export function registerPowerCommands(program: Command): void {
  for (const [verb, request, description, message] of simple) {
    program
      .command(`${verb} <NAME>`)
      .description(description)
      .option('--json', 'machine-readable output')
      .action((name: string, options: { json?: boolean }) =>
        runWithEngine(!!options.json, async ({ client, json }) => {
          const vm = await client.invoke(request, { vm: name });
          report(vm, json, message(vm));
        }),
      );
  }

  program
    .command('shutdown <NAME>')
    .description('ask the guest to power off (ACPI power button)')
    .option('--timeout <SECONDS>', 'wait this long for the guest to power off', parseSeconds('--timeout'))
    .option('--force', 'force it off if it has not powered off in time')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { timeout?: number; force?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const force = !!options.force;
        const timeoutSec = options.timeout ?? (force ? DEFAULT_FORCE_TIMEOUT_SEC : 0);
        const vm = await client.invoke('vm.shutdown', { vm: name, timeoutSec, force });
        const waited = timeoutSec > 0;
        report(vm, json, waited ? `"${vm.name}" is ${vm.state}` : `Asked "${vm.name}" to power off`);
      }),
    );

  program
    .command('stop <NAME>')
    .description('force a VM off at once, like pulling the plug (needs --force)')
    .option('--force', 'confirm: the guest gets no chance to save its work')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { force?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        if (!options.force)
          throw badInput('stop pulls the plug: add --force, or use `vireo shutdown` to ask the guest');
        const vm = await client.invoke('vm.forceOff', { vm: name });
        report(vm, json, `Forced "${vm.name}" off`);
      }),
    );
}
