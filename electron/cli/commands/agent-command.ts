import type { Command } from 'commander';
import { VireoError } from '../../../shared/errors';
import { AGENT_INSTALL_HINT, reachableAddresses, type GuestAgentInfo } from '../../../shared/guest-agent';
import { badInput } from '../cli-errors';
import { printJson } from '../output';
import { runWithEngine } from '../run-command';

export function registerAgentCommand(program: Command): void {
  program
    .command('agent <NAME> <ACTION>')
    .description("info: the guest's OS, hostname and addresses, from its agent (exit 1 when there is none)")
    .option('--json', 'machine-readable output')
    .action((name: string, action: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        if (action !== 'info') throw badInput(`agent: unknown action "${action}" (info)`);
        const info = await client.invoke('agent.info', { vm: name });
        if (info.state === 'none')
          throw new VireoError('UNSUPPORTED', `"${name}" has no guest agent channel (enable it in Hardware)`);
        if (info.state !== 'connected')
          throw new VireoError('UNSUPPORTED', `no guest agent answers in "${name}": ${AGENT_INSTALL_HINT}`);
        if (json) printJson(info);
        else process.stdout.write(describe(info));
      }),
    );
}

function describe(info: GuestAgentInfo): string {
  const os = info.os?.prettyName ?? info.os?.name ?? 'unknown';
  const lines = [
    `OS:        ${os}${info.os?.kernelRelease ? ` (kernel ${info.os.kernelRelease})` : ''}`,
    `Hostname:  ${info.hostname ?? 'unknown'}`,
    `Addresses: ${reachableAddresses(info).join(', ') || 'none'}`,
  ];
  for (const nic of info.interfaces.filter((n) => n.name !== 'lo')) {
    const addresses = nic.addresses.map((a) => `${a.address}/${a.prefix}`).join(' ');
    lines.push(`  ${nic.name.padEnd(8)} ${nic.mac ?? ''}  ${addresses}`);
  }
  return `${lines.join('\n')}\n`;
}
