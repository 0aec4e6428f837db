import type { Command } from 'commander';
import type { PortForward } from '../../../shared/vm-config';
import { badInput } from '../cli-errors';
import { printJson } from '../output';
import { parseForward, parseInteger } from '../parse-args';
import { runWithEngine, type CommandContext } from '../run-command';

const describe = (f: PortForward) => `${f.protocol}:${f.hostAddress}:${f.hostPort} → guest ${f.guestPort}`;

/** "tcp:8080" or "8080" → the forward's protocol and host port. */
function parseHostPort(text: string): { protocol: 'tcp' | 'udp'; hostPort: number } {
  const [first, second] = text.split(':');
  const protocol = second === undefined ? 'tcp' : first;
  if (protocol !== 'tcp' && protocol !== 'udp')
    throw badInput(`a forward to remove looks like tcp:HOSTPORT (got "${text}")`);
  return { protocol, hostPort: parseInteger('host port', 1, 65535)(second ?? first ?? '') };
}

type Action = (context: CommandContext, name: string, rule: string | undefined) => Promise<void>;

const needRule = (rule: string | undefined, shape: string) => {
  if (!rule) throw badInput(`this needs a rule: ${shape}`);
  return rule;
};

const actions: Record<string, Action> = {
  list: async ({ client, json }, name) => {
    const { config } = await client.invoke('vm.get', { vm: name });
    const forwards = config?.network.mode === 'user' ? config.network.forwards : [];
    if (json) printJson(forwards);
    else process.stdout.write(forwards.map((f) => `${describe(f)}\n`).join('') || 'No port forwards.\n');
  },
  add: async ({ client, json }, name, rule) => {
    const [added] = parseForward(needRule(rule, 'tcp:HOSTPORT:GUESTPORT')) as [PortForward];
    const { status } = await client.invoke('forward.add', { vm: name, forward: added });
    if (json) printJson(added);
    else {
      const when = status.pid === null ? ' from its next start' : '';
      process.stdout.write(`"${status.name}" forwards ${describe(added)}${when}\n`);
    }
  },
  remove: async ({ client, json }, name, rule) => {
    const target = parseHostPort(needRule(rule, 'tcp:HOSTPORT'));
    const { status } = await client.invoke('forward.remove', { vm: name, ...target });
    if (json) printJson(target);
    else process.stdout.write(`"${status.name}" no longer forwards ${target.protocol}:${target.hostPort}\n`);
  },
};

export function registerForwardCommands(program: Command): void {
  program
    .command('forward <NAME> <ACTION> [RULE]')
    .description(
      'port forwards of a user-mode NIC: list | add tcp:HOSTPORT:GUESTPORT | remove tcp:HOSTPORT (a running VM takes them at once)',
    )
    .option('--json', 'machine-readable output')
    .action((name: string, action: string, rule: string | undefined, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async (context) => {
        const run = actions[action];
        if (!run) throw badInput(`forward: unknown action "${action}" (list, add, remove)`);
        await run(context, name, rule);
      }),
    );
}
