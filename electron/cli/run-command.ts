import type { ContractClient } from '../../shared/contract';
import { resolvePaths, type VireoPaths } from '../engine/paths';
import { EXIT_OK, reportError } from './cli-errors';
import { openClient } from './open-client';

export interface CommandContext {
  client: ContractClient;
  paths: VireoPaths;
  json: boolean;
}

/** Exit status of the command that ran; main() exits with it. */
export const outcome = { exitCode: EXIT_OK };

/** Runs one CLI command against the engine (remote or in-process) and records its exit status. */
export async function runWithEngine(
  json: boolean,
  work: (context: CommandContext) => Promise<void>,
): Promise<void> {
  let opened;
  try {
    const paths = resolvePaths(process.env);
    opened = await openClient(paths, process.env);
    await work({ client: opened.client, paths, json });
  } catch (error) {
    outcome.exitCode = reportError(error, json);
  } finally {
    await opened?.done();
  }
}
