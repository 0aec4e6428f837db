import { Command, CommanderError } from 'commander';
import { VIREO_VERSION } from '../engine/version';
import { EXIT_BAD_INPUT, EXIT_OK, reportError } from './cli-errors';
import { registerAgentCommand } from './commands/agent-command';
import { registerForwardCommands } from './commands/forward-commands';
import { registerHotplugCommand } from './commands/hotplug-command';
import { registerShareCommands } from './commands/share-commands';
import { registerUsbCommands } from './commands/usb-commands';
import { registerBundleCommands } from './commands/bundle-commands';
import { registerCloneCommand } from './commands/clone-command';
import { registerDiskCommands } from './commands/disk-commands';
import { registerEngineCommand } from './commands/engine-command';
import { registerMetricsCommands } from './commands/metrics-commands';
import { registerPowerCommands } from './commands/power-commands';
import { registerScreenshotCommand } from './commands/screenshot-command';
import { registerSaveCommands } from './commands/save-commands';
import { registerSerialCommand } from './commands/serial-command';
import { registerSnapshotCommands } from './commands/snapshot-commands';
import { registerVmCommands } from './commands/vm-commands';
import { registerWebCommand } from './commands/web-command';
import { outcome } from './run-command';

export function buildProgram(): Command {
  const program = new Command('vireo')
    .description('Manage QEMU virtual machines. VMs keep running when this command exits.')
    .version(VIREO_VERSION)
    .showHelpAfterError('(run vireo --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`vireo: ${text.replace(/^error: /, '')}`) });
  registerVmCommands(program);
  registerPowerCommands(program);
  registerSerialCommand(program);
  registerScreenshotCommand(program);
  registerMetricsCommands(program);
  registerSnapshotCommands(program);
  registerCloneCommand(program);
  registerSaveCommands(program);
  registerBundleCommands(program);
  registerDiskCommands(program);
  registerAgentCommand(program);
  registerForwardCommands(program);
  registerHotplugCommand(program);
  registerShareCommands(program);
  registerUsbCommands(program);
  registerEngineCommand(program);
  registerWebCommand(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return ok ? EXIT_OK : EXIT_BAD_INPUT;
    }
    return reportError(error, argv.includes('--json'));
  }
}
