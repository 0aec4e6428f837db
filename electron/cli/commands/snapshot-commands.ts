import type { Command } from 'commander';
import type { SnapshotList } from '../../../shared/snapshots';
import { badInput } from '../cli-errors';
import { withJobProgress } from '../job-progress';
import { printJson, printJsonLine, table } from '../output';
import { runWithEngine } from '../run-command';

function snapshotTable(list: SnapshotList): string {
  if (list.snapshots.length === 0) return `No snapshots.${list.problem ? ` (${list.problem})` : ''}`;
  const rows = list.snapshots.map((s) => [
    `${s.name === list.current ? '* ' : '  '}${s.name}`,
    s.createdAt.replace('T', ' ').slice(0, 19),
    s.withMemory ? 'disks + memory' : 'disks',
    s.parent ?? '-',
    s.problem ?? s.description,
  ]);
  return table(['  NAME', 'TAKEN (UTC)', 'HOLDS', 'PARENT', 'DESCRIPTION'], rows);
}

const actions = {
  create: ['snapshot.create', 'Took snapshot'],
  revert: ['snapshot.revert', 'Reverted to snapshot'],
  delete: ['snapshot.delete', 'Deleted snapshot'],
} as const;

export function registerSnapshotCommands(program: Command): void {
  program
    .command('snapshot <NAME> <ACTION> [TAG]')
    .description(
      'snapshots of a VM (with memory while it runs, of its disks when stopped): ' +
        'list | create TAG | revert TAG (what happened since is lost) | delete TAG',
    )
    .option('--description <TEXT>', 'with create: what this snapshot is for')
    .option('--json', 'machine-readable output')
    .action(
      (
        name: string,
        action: string,
        tag: string | undefined,
        options: { json?: boolean; description?: string },
      ) =>
        runWithEngine(!!options.json, async ({ client, json }) => {
          if (action === 'list') {
            const list = await client.invoke('snapshot.list', { vm: name });
            if (json) printJson(list);
            else process.stdout.write(`${snapshotTable(list)}\n`);
            return;
          }
          if (!(action in actions))
            throw badInput(`unknown snapshot action "${action}": list, create, revert or delete`);
          if (!tag) throw badInput(`snapshot ${action} needs a TAG (the snapshot's name)`);
          const [request, done] = actions[action as keyof typeof actions];
          const result = await withJobProgress(client, (jobId) =>
            request === 'snapshot.create'
              ? client.invoke(request, { vm: name, name: tag, description: options.description ?? '', jobId })
              : client.invoke(request, { vm: name, name: tag, jobId }),
          );
          if (json) printJsonLine(result);
          else process.stdout.write(`${done} “${tag}” of "${name}"\n`);
        }),
    );
}
