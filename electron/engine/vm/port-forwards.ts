import { VireoError } from '../../../shared/errors';
import type { PortForward } from '../../../shared/vm-config';
import type { QmpClient } from '../qmp/qmp-client';

type Qmp = Pick<QmpClient, 'execute'>;

const sameHostPort = (a: PortForward, b: PortForward) =>
  a.protocol === b.protocol && a.hostPort === b.hostPort;
const sameRule = (a: PortForward, b: PortForward) =>
  sameHostPort(a, b) && a.hostAddress === b.hostAddress && a.guestPort === b.guestPort;

/** "tcp:127.0.0.1:8022-:22", as -netdev user,hostfwd= and HMP's hostfwd_add spell it. */
export const forwardRule = (f: PortForward) => `${f.protocol}:${f.hostAddress}:${f.hostPort}-:${f.guestPort}`;
export const describeForward = (f: PortForward) =>
  `${f.protocol} ${f.hostAddress}:${f.hostPort} → guest port ${f.guestPort}`;

/** Rules in `before` but not `after` (removed), and the other way round (added). */
export function forwardChanges(before: readonly PortForward[], after: readonly PortForward[]) {
  return {
    removed: before.filter((f) => !after.some((g) => sameRule(f, g))),
    added: after.filter((f) => !before.some((g) => sameRule(f, g))),
  };
}

/**
 * HMP answers hostfwd_add with nothing when it worked, and hostfwd_remove with "host forwarding
 * rule for … removed" (or "… not found"); anything else is QEMU saying why it did not.
 */
async function hmp(qmp: Qmp, commandLine: string, succeeded: (output: string) => boolean): Promise<void> {
  const output = (await qmp.execute('human-monitor-command', { 'command-line': commandLine })).trim();
  if (!succeeded(output)) throw new VireoError('QEMU_FAILED', output);
}

const add = (qmp: Qmp, netdev: string, f: PortForward) =>
  hmp(qmp, `hostfwd_add ${netdev} ${forwardRule(f)}`, (output) => output === '');
const remove = (qmp: Qmp, netdev: string, f: PortForward) =>
  hmp(qmp, `hostfwd_remove ${netdev} ${f.protocol}:${f.hostAddress}:${f.hostPort}`, (output) =>
    / removed$/.test(output),
  );

/**
 * Changes a running VM's forwards from `before` to `after` through its user-mode netdev. All or
 * nothing: when a rule cannot be set up (its host port is taken) the ones done are undone.
 */
export async function applyForwardsLive(
  qmp: Qmp,
  netdev: string,
  before: readonly PortForward[],
  after: readonly PortForward[],
): Promise<void> {
  const { removed, added } = forwardChanges(before, after);
  const undo: Array<() => Promise<void>> = [];
  try {
    for (const f of removed) {
      await remove(qmp, netdev, f);
      undo.push(() => add(qmp, netdev, f));
    }
    for (const f of added) {
      await add(qmp, netdev, f).catch((error: Error) => {
        throw new VireoError(
          'CONFLICT',
          `cannot forward ${describeForward(f)}: ${error.message} (is host port ${f.hostPort} in use?)`,
        );
      });
      undo.push(() => remove(qmp, netdev, f));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}

/** The forward on a host port, by protocol. */
export function findForward(
  forwards: readonly PortForward[],
  protocol: PortForward['protocol'],
  hostPort: number,
) {
  return forwards.find((f) => f.protocol === protocol && f.hostPort === hostPort);
}
