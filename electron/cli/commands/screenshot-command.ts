import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { printJson } from '../output';
import { absolutePath } from '../parse-args';
import { runWithEngine } from '../run-command';

export function registerScreenshotCommand(program: Command): void {
  program
    .command('screenshot <NAME> <FILE>')
    .description("save the guest's screen as a PNG (exact pixels, from QEMU)")
    .option('--json', 'machine-readable output')
    .action((name: string, file: string, options: { json?: boolean }) =>
      runWithEngine(!!options.json, async ({ client, json }) => {
        const target = absolutePath(file);
        const shot = await client.invoke('console.screenshot', { vm: name });
        await writeFile(target, Buffer.from(shot.png, 'base64'));
        if (json) printJson({ file: target, width: shot.width, height: shot.height });
        else
          process.stdout.write(`Saved a ${shot.width}×${shot.height} screenshot of "${name}" to ${target}\n`);
      }),
    );
}
