import type { Command } from 'commander';
import { shareMountCommand, shareTransport } from '../../../shared/vm-config';
import { badInput } from '../cli-errors';
import { printJson } from '../output';
import { absolutePath } from '../parse-args';
import { runWithEngine } from '../run-command';

export function registerShareCommands(program: Command): void {
  program
    .command('share <NAME> <ACTION> [ARGS...]')
    .description('shared folders: list | add HOSTDIR TAG [--readonly] | remove TAG (from the next start)')
    .option('--readonly', 'the guest may only read the folder')
    .option('--json', 'machine-readable output')
    .action((name: string, action: string, args: string[], options: { readonly?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        if (action === 'list') {
          const { config } = await client.invoke('vm.get', { vm: name });
          const shares = config?.shares ?? [];
          if (json) printJson(shares);
          else
            process.stdout.write(
              shares.map((s) => `${s.tag}\t${s.hostPath}${s.readOnly ? ' (read-only)' : ''}\n`).join('') ||
                'No shared folders.\n',
            );
          return;
        }
        if (action === 'add') {
          const [hostDir, tag] = args;
          if (!hostDir || !tag) throw badInput('share add needs HOSTDIR and TAG');
          const share = { hostPath: absolutePath(hostDir), tag, readOnly: options.readonly === true };
          const { status } = await client.invoke('share.add', { vm: name, share });
          if (json) printJson(share);
          else {
            const when = status.pid === null ? '' : ' (restart the VM for it to appear)';
            process.stdout.write(`"${status.name}" shares ${share.hostPath} as "${tag}"${when}\n`);
            const { features } = await client.invoke('engine.capabilities', {});
            const transport = shareTransport(share, features.virtiofs);
            process.stdout.write(`In a Linux guest: ${shareMountCommand(tag, transport)}\n`);
          }
          return;
        }
        if (action === 'remove') {
          const [tag] = args;
          if (!tag) throw badInput('share remove needs the TAG');
          const { status } = await client.invoke('share.remove', { vm: name, tag });
          if (json) printJson({ tag });
          else process.stdout.write(`"${status.name}" no longer shares "${tag}"\n`);
          return;
        }
        throw badInput(`share: unknown action "${action}" (list, add, remove)`);
      }),
    );
}
