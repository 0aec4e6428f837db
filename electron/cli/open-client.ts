import type { ContractClient } from '../../shared/contract';
import { VireoError } from '../../shared/errors';
import { connectControlSocket } from '../engine/control/control-client';
import { serveControlSocket } from '../engine/control/control-server';
import { inProcessClient } from '../engine/control/in-process-client';
import { Engine } from '../engine/engine';
import { readEngineLockHolder } from '../engine/engine-lock';
import { controlSocketPath, type VireoPaths } from '../engine/paths';
import { VIREO_VERSION } from '../engine/version';

export interface OpenedClient {
  client: ContractClient;
  /** Where the engine runs: 'remote' (another process) or 'in-process' (this command's own). */
  via: 'remote' | 'in-process';
  /** Lets go of the engine; an in-process one first serves any other client that joined it. */
  done(): Promise<void>;
}

/**
 * The CLI is a client. When an engine runs (the app, web mode, `vireo engine`, another CLI
 * command), commands go to it over its control socket; otherwise this command runs the engine
 * itself, serving the control socket so concurrent commands join it, and leaves VMs running.
 */
export async function openClient(
  paths: VireoPaths,
  env: NodeJS.ProcessEnv,
  waitMs = 10_000,
): Promise<OpenedClient> {
  const socketPath = controlSocketPath(paths);
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const remote = await connectControlSocket(socketPath);
    if (remote) return { client: remote, via: 'remote', done: async () => remote.close() };
    const engine = await Engine.tryOpen({ paths, env, kind: 'cli', version: VIREO_VERSION });
    if (engine) return runInProcess(engine);
    // Another engine holds the data dir but is not listening yet (it is starting): try again.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const holder = await readEngineLockHolder(paths);
  throw new VireoError(
    'ENGINE_UNAVAILABLE',
    holder
      ? `the Vireo engine (${holder.kind}, pid ${holder.pid}) holding ${paths.dataDir} does not answer on ${socketPath}`
      : `could not reach or start a Vireo engine for ${paths.dataDir}`,
  );
}

async function runInProcess(engine: Engine): Promise<OpenedClient> {
  const control = await serveControlSocket(engine);
  const client = inProcessClient(engine);
  return {
    client,
    via: 'in-process',
    done: async () => {
      client.close();
      await untilNoSessions(engine);
      await control.close();
      await engine.close();
    },
  };
}

function untilNoSessions(engine: Engine): Promise<void> {
  if (engine.sessionCount === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (engine.sessionCount > 0) return;
      engine.off('sessionsChanged', check);
      resolve();
    };
    engine.on('sessionsChanged', check);
  });
}
