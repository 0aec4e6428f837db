import type { Command } from 'commander';
import { shellQuote } from '../../../shared/shell-quote';
import type { ExtraConsole, PortForward } from '../../../shared/vm-config';
import { MEMORY_MIB_MAX, VCPUS_MAX } from '../../../shared/vm-config';
import { badInput } from '../cli-errors';
import { listTable, printJson, statusJson, statusText } from '../output';
import { absolutePath, parseDiskSize, parseForward, parseInteger } from '../parse-args';
import { runWithEngine } from '../run-command';
import { cloudInitOptions } from '../cloud-init-options';

interface CreateOptions {
  name: string;
  memory: number;
  cpus: number;
  disk?: number;
  iso?: string;
  kernel?: string;
  initrd?: string;
  append?: string;
  net: string;
  forward: PortForward[];
  accel: string;
  machine: string;
  vnc: boolean;
  serial: boolean;
  description?: string;
  console: ExtraConsole[];
  maxCpus?: number;
  maxMemory?: number;
  firmware: string;
  secureBoot?: boolean;
  tpm?: boolean;
  cloudImage?: string;
  sha256?: string;
  hostname?: string;
  user?: string;
  password?: string;
  sshKey: string[];
  package: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** --net user | none | bridge:BR */
function networkOption(text: string) {
  if (text.startsWith('bridge:')) return { network: 'bridge' as const, bridge: text.slice('bridge:'.length) };
  return { network: oneOf('--net', text, ['user', 'none'] as const) };
}

export function registerVmCommands(program: Command): void {
  program
    .command('list')
    .description('list VMs with their state')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const vms = await client.invoke('vm.list', {});
        if (json) printJson(vms.map(statusJson));
        else process.stdout.write(`${listTable(vms)}\n`);
      }),
    );

  program
    .command('create')
    .description('create a VM (nothing is written when any input is bad)')
    .requiredOption('--name <NAME>', 'display name; any characters but "/" and control characters')
    .option('--memory <MiB>', 'memory in MiB', parseInteger('--memory', 16, MEMORY_MIB_MAX), 2048)
    .option('--cpus <N>', 'virtual CPUs', parseInteger('--cpus', 1, VCPUS_MAX), 2)
    .option('--disk <SIZE>', 'create a new qcow2 disk of SIZE (e.g. 20G)', parseDiskSize)
    .option('--iso <PATH>', 'boot from this ISO (CD-ROM)', absolutePath)
    .option('--kernel <PATH>', 'direct kernel boot: the kernel', absolutePath)
    .option('--initrd <PATH>', 'direct kernel boot: the initrd', absolutePath)
    .option('--append <STR>', 'direct kernel boot: the kernel command line')
    .option(
      '--net <MODE>',
      'network: user, none, or bridge:BRIDGE (the host LAN, via qemu-bridge-helper)',
      'user',
    )
    .option(
      '--forward <tcp:HOSTPORT:GUESTPORT>',
      'forward a host port to the guest (repeatable)',
      parseForward,
      [],
    )
    .option('--accel <ACCEL>', 'accelerator: auto, kvm or tcg', 'auto')
    .option('--machine <TYPE>', 'machine type: q35 or pc', 'q35')
    .option('--no-vnc', 'no graphical console')
    .option('--no-serial', 'no serial console')
    .option('--description <TEXT>', 'free-form notes')
    .option(
      '--console <ID>',
      'an extra text console: serial1–3 or console0–3 (virtio), repeatable',
      collectConsole,
      [],
    )
    .option('--max-cpus <N>', 'room to add vCPUs while it runs', parseInteger('--max-cpus', 1, VCPUS_MAX))
    .option(
      '--max-memory <MiB>',
      'room to add memory while it runs',
      parseInteger('--max-memory', 16, MEMORY_MIB_MAX),
    )
    .option('--firmware <TYPE>', 'bios or uefi (OVMF)', 'bios')
    .option('--secure-boot', 'UEFI Secure Boot with Microsoft’s keys (needs --firmware uefi, q35)')
    .option('--tpm', 'a TPM 2.0 (swtpm)')
    .option(
      '--cloud-image <PATH|URL>',
      'a cloud image (qcow2/raw) as the base of the disk, set up by cloud-init',
    )
    .option('--sha256 <HEX>', 'the cloud image’s expected SHA-256')
    .option('--hostname <NAME>', 'cloud-init: the guest’s hostname (default: from the VM name)')
    .option('--user <NAME>', 'cloud-init: a user to create (sudo)')
    .option('--password <TEXT>', 'cloud-init: that user’s password')
    .option('--ssh-key <FILE>', 'cloud-init: a public key file for that user (repeatable)', collect, [])
    .option('--package <NAME>', 'cloud-init: a package to install (repeatable)', collect, [])
    .option('--json', 'machine-readable output')
    .action((options: CreateOptions) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const status = await client.invoke('vm.create', {
          name: options.name,
          memoryMiB: options.memory,
          cpus: options.cpus,
          ...(options.disk !== undefined ? { diskSizeBytes: options.disk } : {}),
          ...(options.iso !== undefined ? { iso: options.iso } : {}),
          ...(options.kernel !== undefined ? { kernel: options.kernel } : {}),
          ...(options.initrd !== undefined ? { initrd: options.initrd } : {}),
          ...(options.append !== undefined ? { cmdline: options.append } : {}),
          ...(options.description !== undefined ? { description: options.description } : {}),
          ...networkOption(options.net),
          forwards: options.forward,
          accel: oneOf('--accel', options.accel, ['auto', 'kvm', 'tcg'] as const),
          machine: oneOf('--machine', options.machine, ['q35', 'pc'] as const),
          vnc: options.vnc,
          serial: options.serial,
          extraConsoles: options.console,
          ...(options.maxCpus !== undefined ? { maxCpus: options.maxCpus } : {}),
          ...(options.maxMemory !== undefined ? { maxMemoryMiB: options.maxMemory } : {}),
          firmware: oneOf('--firmware', options.firmware, ['bios', 'uefi'] as const),
          secureBoot: options.secureBoot === true,
          tpm: options.tpm === true,
          ...(options.cloudImage !== undefined ? { cloudInit: await cloudInitOptions(options) } : {}),
        });
        if (json) printJson(statusJson(status));
        else process.stdout.write(`Created VM "${status.name}" (${status.uuid})\n`);
      }),
    );

  program
    .command('status <NAME>')
    .description('name, uuid, state, pid, sockets, accelerator, uptime')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const { status } = await client.invoke('vm.get', { vm: name });
        if (json) printJson(statusJson(status));
        else process.stdout.write(`${statusText(status)}\n`);
      }),
    );

  program
    .command('args <NAME>')
    .description('the QEMU command line that start would run')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const { argv } = await client.invoke('vm.args', { vm: name });
        if (json) printJson(argv);
        else process.stdout.write(`${shellQuote(argv)}\n`);
      }),
    );

  program
    .command('delete <NAME>')
    .description('delete a stopped VM and, unless --keep-disks, the disks Vireo created for it')
    .option('--keep-disks', 'keep the disk images')
    .option('--json', 'machine-readable output')
    .action((name: string, options: { keepDisks?: boolean; json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const result = await client.invoke('vm.delete', { vm: name, keepDisks: !!options.keepDisks });
        if (json) printJson(result);
        else {
          process.stdout.write(`Deleted VM "${result.removed}"\n`);
          for (const disk of result.keptDisks) process.stdout.write(`Kept disk: ${disk}\n`);
        }
      }),
    );
}

function collectConsole(id: string, previous: ExtraConsole[]): ExtraConsole[] {
  if (!/^(serial[1-3]|console[0-3])$/.test(id))
    throw badInput(`--console must be serial1–3 or console0–3 (got "${id}")`);
  if (previous.some((c) => c.id === id)) throw badInput(`--console ${id} is given twice`);
  return [...previous, { id, kind: id.startsWith('serial') ? 'serial' : 'virtio' }];
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badInput(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}
