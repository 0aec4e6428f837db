import type { Command } from 'commander';
import type { HostUsbDeviceInfo } from '../../../shared/usb';
import { badInput } from '../cli-errors';
import { printJson, table } from '../output';
import { absolutePath } from '../parse-args';
import { runWithEngine } from '../run-command';

const hostName = (d: HostUsbDeviceInfo) =>
  [d.vendorName, d.productName].filter(Boolean).join(' ') || 'unknown';

export function registerUsbCommands(program: Command): void {
  program
    .command('usb <NAME> <ACTION> [TARGET]')
    .description(
      'USB devices: list | attach BUS:ADDR (a host device) | attach FILE [--readonly] (an image as a USB stick) | detach ID',
    )
    .option('--readonly', 'the guest may only read the USB stick image')
    .option('--json', 'machine-readable output')
    .action(
      (
        name: string,
        action: string,
        target: string | undefined,
        options: { readonly?: boolean; json?: boolean },
      ) =>
        runWithEngine(!!options.json, async ({ client, json }) => {
          if (action === 'list') {
            const [{ config }, host] = await Promise.all([
              client.invoke('vm.get', { vm: name }),
              client.invoke('host.usbDevices', {}),
            ]);
            const attached = config?.usb ?? [];
            if (json) return printJson({ attached, host });
            const rows = attached.map((d) => [
              d.id,
              d.kind,
              d.kind === 'host' ? `${d.vendorId}:${d.productId} ${d.label}` : d.path,
            ]);
            process.stdout.write(
              attached.length ? `${table(['ID', 'KIND', 'DEVICE'], rows)}\n` : 'No USB devices attached.\n',
            );
            process.stdout.write('\nOn this host:\n');
            const hostRows = host.map((d) => [
              d.id,
              `${d.vendorId}:${d.productId}`,
              hostName(d),
              d.accessible ? 'yes' : `no — ${d.hint ?? ''}`,
            ]);
            process.stdout.write(
              host.length
                ? `${table(['BUS:ADDR', 'ID', 'NAME', 'ACCESSIBLE'], hostRows)}\n`
                : 'No USB devices found.\n',
            );
            return;
          }
          if (action === 'attach') {
            if (!target) throw badInput('usb attach needs BUS:ADDR or an image FILE');
            const address = /^(\d{1,3}):(\d{1,3})$/.exec(target);
            const device = address
              ? { kind: 'host' as const, bus: Number(address[1]), address: Number(address[2]) }
              : { kind: 'storage' as const, path: absolutePath(target), readOnly: options.readonly === true };
            const { config, status } = await client.invoke('usb.attach', { vm: name, device });
            const added = config.usb.at(-1);
            if (json) return printJson(added);
            process.stdout.write(`Attached ${target} to "${status.name}" as ${added?.id ?? '?'}\n`);
            return;
          }
          if (action === 'detach') {
            if (!target) throw badInput('usb detach needs the device ID (see `vireo usb NAME list`)');
            const { status } = await client.invoke('usb.detach', { vm: name, id: target });
            if (json) return printJson({ id: target });
            process.stdout.write(`Detached ${target} from "${status.name}"\n`);
            return;
          }
          throw badInput(`usb: unknown action "${action}" (list, attach, detach)`);
        }),
    );
}
