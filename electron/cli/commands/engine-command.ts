import type { Command } from 'commander';
import { serveControlSocket } from '../../engine/control/control-server';
import { Engine } from '../../engine/engine';
import { resolvePaths } from '../../engine/paths';
import { VIREO_VERSION } from '../../engine/version';
import { reportError, EXIT_OK } from '../cli-errors';
import { outcome } from '../run-command';

export function registerEngineCommand(program: Command): void {
  program
    .command('engine')
    .description(
      'run the engine in the foreground, serving the control socket (Ctrl+C stops it; VMs keep running)',
    )
    .action(async () => {
      try {
        const paths = resolvePaths(process.env);
        const engine = await Engine.open({ paths, kind: 'engine', version: VIREO_VERSION });
        const control = await serveControlSocket(engine);
        process.stdout.write(`Vireo engine ${VIREO_VERSION} (pid ${process.pid}) serving ${control.path}\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await control.close();
        await engine.close();
        outcome.exitCode = EXIT_OK;
      } catch (error) {
        outcome.exitCode = reportError(error, false);
      }
    });
}
