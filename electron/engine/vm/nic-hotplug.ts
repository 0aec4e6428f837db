import { VireoError } from '../../../shared/errors';
import type { NetworkConfig, VmConfig } from '../../../shared/vm-config';
import { netdevId } from '../qemu/argv';
import type { QmpClient } from '../qmp/qmp-client';
import { deviceDeleted, type QmpEvents } from './cpu-memory-hotplug';
import { deviceAddOnFreePort } from './disk-hotplug';
import { forwardRule } from './port-forwards';

type Qmp = Pick<QmpClient, 'execute'>;
type UserNic = Extract<NetworkConfig, { mode: 'user' }>;

/** Plugs a user-mode network card (with its forwards) into a running VM; a failure takes its netdev back out. */
export async function plugNic(qmp: Qmp, machine: VmConfig['machine'], nic: UserNic): Promise<void> {
  const netdev = netdevId(nic.id);
  await qmp.execute('netdev_add', {
    type: 'user',
    id: netdev,
    ...(nic.forwards.length > 0 ? { hostfwd: nic.forwards.map((f) => ({ str: forwardRule(f) })) } : {}),
  });
  try {
    await deviceAddOnFreePort(
      qmp,
      machine,
      { driver: nic.model, id: nic.id, netdev, mac: nic.mac },
      'network cards',
    );
  } catch (error) {
    await qmp.execute('netdev_del', { id: netdev }).catch(() => undefined);
    throw error;
  }
}

/** Unplugs a network card: the guest lets it go (DEVICE_DELETED), then its netdev goes. */
export async function unplugNic(
  qmp: Qmp,
  events: QmpEvents,
  nic: { id: string },
  timeoutMs = 30_000,
): Promise<void> {
  const gone = deviceDeleted(events, nic.id, timeoutMs);
  await qmp.execute('device_del', { id: nic.id });
  if (!(await gone))
    throw new VireoError(
      'TIMEOUT',
      `the guest did not release network card ${nic.id} within ${timeoutMs / 1000} s; it stays plugged in`,
    );
  await qmp.execute('netdev_del', { id: netdevId(nic.id) });
}
