import type { GuestAgent } from '../agent/guest-agent';
import type { QmpClient } from '../qmp/qmp-client';

type Qmp = Pick<QmpClient, 'execute'>;

/**
 * A snapshot of a running VM's disks without its memory: one QMP transaction of internal
 * snapshots (all disks or none). With a guest agent the guest's file systems are frozen around it,
 * so what is on disk is consistent (not just crash-consistent). Returns whether they were frozen.
 */
export async function liveDiskSnapshot(
  qmp: Qmp,
  nodes: readonly string[],
  name: string,
  agent: GuestAgent | undefined,
): Promise<boolean> {
  const frozen = agent?.state === 'connected' && (await freeze(agent));
  try {
    await qmp.execute('transaction', {
      actions: nodes.map((device) => ({ type: 'blockdev-snapshot-internal-sync', data: { device, name } })),
    });
  } finally {
    if (frozen) await agent.execute('guest-fsfreeze-thaw').catch(() => undefined);
  }
  return frozen;
}

async function freeze(agent: GuestAgent): Promise<boolean> {
  try {
    await agent.execute('guest-fsfreeze-freeze', undefined, 30_000);
    return true;
  } catch {
    // A guest that cannot freeze (no support, or a file system that refuses) still gets its
    // snapshot, crash-consistent as without an agent; thaw in case part of it froze.
    await agent.execute('guest-fsfreeze-thaw').catch(() => undefined);
    return false;
  }
}
