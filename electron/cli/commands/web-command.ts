import type { Command } from 'commander';
import { isLoopbackHost, serveWebMode } from '../../web/web-mode';
import { EXIT_OK, reportError } from '../cli-errors';
import { parseInteger } from '../parse-args';
import { outcome } from '../run-command';

export function registerWebCommand(program: Command): void {
  program
    .command('web')
    .description('serve the Vireo UI to a browser (runs the engine; Ctrl+C stops it, VMs keep running)')
    .option('--host <ADDRESS>', 'address to listen on', '127.0.0.1')
    .option('--port <N>', 'port to listen on (0: any free port)', parseInteger('--port', 0, 65535), 7341)
    .option('--token <TOKEN>', 'the access token (default: a new random one)')
    .action(async (options: { host: string; port: number; token?: string }) => {
      try {
        if (!isLoopbackHost(options.host)) {
          process.stderr.write(
            `vireo: warning: listening on ${options.host}: anyone who can reach it and has the token controls your VMs\n`,
          );
        }
        const web = await serveWebMode({ ...options, env: process.env });
        process.stdout.write(`Vireo web mode: ${web.url}\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await web.close();
        outcome.exitCode = EXIT_OK;
      } catch (error) {
        outcome.exitCode = reportError(error, false);
      }
    });
}
