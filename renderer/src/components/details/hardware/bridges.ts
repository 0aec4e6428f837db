import type { RequestResult } from '../../../../../shared/contract';
import type { Problem } from './problems';
import { BRIDGE_NAME } from './validate-draft';

/** A bridge of the engine's host, with what stops a VM from joining it (null: nothing). */
export type HostBridge = RequestResult<'host.bridges'>[number];

/** The bridge offered when bridged networking is turned on: the first one a VM can join, else the first. */
export function defaultBridge(bridges: readonly HostBridge[] | undefined): string {
  const list = bridges ?? [];
  return (list.find((bridge) => bridge.problem === null) ?? list[0])?.name ?? '';
}

/**
 * What stands between the chosen bridge and a start, as far as the host's list tells: its problem
 * (the engine's own words, as it refuses the start with), or that no bridge has that name. Nothing
 * while the list is unknown or the name is not one.
 */
export function bridgeWarning(name: string, bridges: readonly HostBridge[] | undefined): Problem | undefined {
  if (bridges === undefined || !BRIDGE_NAME.test(name)) return undefined;
  const bridge = bridges.find((b) => b.name === name);
  if (!bridge) return { key: 'hwNetBridgeUnknown', values: { bridge: name } };
  return bridge.problem === null
    ? undefined
    : { key: 'hwNetBridgeProblem', values: { problem: bridge.problem } };
}
