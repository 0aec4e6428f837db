import type { Command } from 'commander';
import { formatSize, parseSize } from '../../../shared/size';
import type { DiskInfo } from '../../../shared/vm-details';
import { badInput } from '../cli-errors';
import { printJson, table } from '../output';
import { absolutePath } from '../parse-args';
import { runWithEngine, type CommandContext } from '../run-command';

function diskTable(disks: DiskInfo[]): string {
  if (disks.length === 0) return 'No disks.';
  return table(
    ['ID', 'BUS', 'FORMAT', 'SIZE', 'USED', 'PATH', 'BASED ON'],
    disks.map((d) => [
      `${d.id}${d.readOnly ? ' (ro)' : ''}`,
      d.bus,
      d.format,
      d.virtualSizeBytes === null ? '-' : formatSize(d.virtualSizeBytes),
      d.actualSizeBytes === null ? '-' : formatSize(d.actualSizeBytes),
      d.path,
      d.problem ?? (d.backingChain.join(' ← ') || '-'),
    ]),
  );
}

function sizeArg(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined || bytes <= 0) throw badInput(`a size like 20G or 512M is needed (got "${text}")`);
  return bytes;
}

type DiskOptions = {
  size?: string;
  bus?: string;
  format?: string;
  preallocation?: string;
  readonly?: boolean;
  deleteFile?: boolean;
  json?: boolean;
};
type Action = (
  context: CommandContext,
  name: string,
  target: string | undefined,
  options: DiskOptions,
) => Promise<void>;

const bus = (options: DiskOptions) => {
  if (options.bus !== undefined && options.bus !== 'virtio' && options.bus !== 'sata')
    throw badInput(`--bus must be virtio or sata (got "${options.bus}")`);
  return (options.bus ?? 'virtio') as 'virtio' | 'sata';
};

const actions: Record<string, Action> = {
  list: async ({ client, json }, name) => {
    const disks = await client.invoke('vm.disks', { vm: name });
    if (json) printJson(disks);
    else process.stdout.write(`${diskTable(disks)}\n`);
  },
  add: async ({ client, json }, name, _target, options) => {
    if (!options.size) throw badInput('disk add needs --size (e.g. --size 20G)');
    const format = options.format ?? 'qcow2';
    if (format !== 'qcow2' && format !== 'raw')
      throw badInput(`--format must be qcow2 or raw (got "${format}")`);
    const preallocation = options.preallocation ?? 'off';
    if (!['off', 'metadata', 'falloc', 'full'].includes(preallocation))
      throw badInput(`--preallocation must be off, metadata, falloc or full (got "${preallocation}")`);
    const disk = {
      kind: 'new' as const,
      sizeBytes: sizeArg(options.size),
      bus: bus(options),
      format: format as 'qcow2' | 'raw',
      preallocation: preallocation as 'off' | 'metadata' | 'falloc' | 'full',
    };
    const { config } = await client.invoke('vm.addDisk', { vm: name, disk });
    const added = config.disks.at(-1);
    if (json) printJson(added);
    else process.stdout.write(`Added ${added?.id ?? 'a disk'} (${added?.path ?? ''}) to "${name}"\n`);
  },
  attach: async ({ client, json }, name, target, options) => {
    if (!target) throw badInput('disk attach needs the PATH of an image');
    const disk = {
      kind: 'existing' as const,
      path: absolutePath(target),
      bus: bus(options),
      readOnly: !!options.readonly,
    };
    const { config } = await client.invoke('vm.addDisk', { vm: name, disk });
    const added = config.disks.at(-1);
    if (json) printJson(added);
    else process.stdout.write(`Attached ${added?.path ?? target} to "${name}" as ${added?.id ?? '?'}\n`);
  },
  detach: async ({ client, json }, name, target, options) => {
    if (!target) throw badInput('disk detach needs the TARGET disk id (see `vireo disk NAME list`)');
    const { config } = await client.invoke('vm.removeDisk', {
      vm: name,
      diskId: target,
      deleteFile: !!options.deleteFile,
    });
    if (json) printJson(config.disks);
    else
      process.stdout.write(
        `Detached ${target} from "${name}"${options.deleteFile ? ' and deleted its image' : ''}\n`,
      );
  },
  resize: async ({ client, json }, name, target, options) => {
    const size = options.size;
    if (!target || !size) throw badInput('disk resize needs TARGET and a size: +SIZE to grow by, or SIZE');
    const grow = size.startsWith('+');
    let sizeBytes = sizeArg(grow ? size.slice(1) : size);
    if (grow) {
      const disk = (await client.invoke('vm.disks', { vm: name })).find((d) => d.id === target);
      if (!disk?.virtualSizeBytes) throw badInput(`"${name}" has no disk ${target} with a known size`);
      sizeBytes += disk.virtualSizeBytes;
    }
    const info = await client.invoke('vm.resizeDisk', { vm: name, diskId: target, sizeBytes });
    if (json) printJson(info);
    else
      process.stdout.write(
        `Resized ${target} of "${name}" to ${formatSize(info.virtualSizeBytes ?? sizeBytes)}\n`,
      );
  },
};

export function registerDiskCommands(program: Command): void {
  program
    .command('disk <NAME> <ACTION> [TARGET] [SIZE]')
    .description(
      "a VM's disks: list | add --size SIZE | attach PATH [--readonly] | detach TARGET [--delete-file] | " +
        'resize TARGET +SIZE (grow by) or SIZE; a running VM hot-plugs virtio disks and grows them live',
    )
    .option('--size <SIZE>', 'with add: the new disk’s size (20G, 512M)')
    .option('--bus <BUS>', 'virtio (default) or sata')
    .option('--format <FORMAT>', 'with add: qcow2 (default; snapshots need it) or raw')
    .option('--preallocation <MODE>', 'with add: off (default), metadata, falloc or full')
    .option('--readonly', 'with attach: the guest cannot write it')
    .option('--delete-file', 'with detach: also delete the image, if Vireo created it')
    .option('--json', 'machine-readable output')
    .action(
      (
        name: string,
        action: string,
        target: string | undefined,
        size: string | undefined,
        options: DiskOptions,
      ) =>
        runWithEngine(!!options.json, async (context) => {
          const run = actions[action];
          if (!run) throw badInput(`unknown disk action "${action}": list, add, attach, detach or resize`);
          await run(context, name, target, action === 'resize' ? { ...options, size } : options);
        }),
    );

  program
    .command('cdrom <NAME> <ACTION> [PATH]')
    .description("a VM's CD-ROM: insert PATH (an ISO) | eject; live on a running VM")
    .option('--json', 'machine-readable output')
    .action((name: string, action: string, path: string | undefined, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        if (action !== 'insert' && action !== 'eject')
          throw badInput(`unknown cdrom action "${action}": insert or eject`);
        if (action === 'insert' && !path) throw badInput('cdrom insert needs the PATH of an ISO');
        const { config } = await client.invoke('vm.get', { vm: name });
        if (!config?.cdrom) throw badInput(`"${name}" has no CD-ROM drive: add one in Hardware`);
        const cdrom = { id: config.cdrom.id, path: action === 'insert' && path ? absolutePath(path) : null };
        const updated = await client.invoke('vm.update', { vm: name, changes: { cdrom } });
        if (json) printJson(updated.config.cdrom);
        else
          process.stdout.write(
            action === 'insert'
              ? `Inserted ${cdrom.path ?? ''} into "${name}"\n`
              : `Ejected the CD of "${name}"\n`,
          );
      }),
    );
}
