import { underField } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { VmConfigChanges } from '../../../shared/vm-requests';
import type { Engine } from '../engine';
import { netdevId } from '../qemu/argv';
import { applyConfigChanges, liveMediaChange } from '../vm/config-changes';
import { hardwareFingerprint } from '../vm/hardware-fingerprint';
import { plugNic, unplugNic } from '../vm/nic-hotplug';
import { applyForwardsLive } from '../vm/port-forwards';
import type { VmInstance } from '../vm/vm-instance';

export const otherConfigs = (engine: Engine, vm: VmInstance) =>
  engine.configs().filter((config) => config.uuid !== vm.uuid);

/** The edited config; its errors name fields of the request's `changes`. */
export const editedConfig = (engine: Engine, vm: VmInstance, changes: VmConfigChanges) =>
  applyConfigChanges(vm.config as VmConfig, changes, otherConfigs(engine, vm)).catch((error: unknown) => {
    throw underField(error, 'changes');
  });

/** Saves a VM's new config and tells every client. */
export async function saveConfig(engine: Engine, vm: VmInstance, next: VmConfig, what: string) {
  await engine.store.save(next);
  vm.config = next;
  vm.record('info', what);
  vm.emit('changed');
  return { status: vm.status(), config: next };
}

/**
 * Applies config changes. A running VM takes some at once — its CD-ROM's media, its port
 * forwards, a user-mode network card plugged in or out — and its QEMU's fingerprint follows them,
 * so they need no restart; the rest waits for the next start.
 */
export function updateVm(
  engine: Engine,
  vm: VmInstance,
  changes: VmConfigChanges,
  what = 'configuration changed',
) {
  return vm.operate('edit', async () => {
    const current = vm.config as VmConfig;
    const next = await editedConfig(engine, vm, changes);
    const session = vm.running;
    if (!session) return saveConfig(engine, vm, next, what);
    const matched = !vm.status().needsRestart;
    const media = liveMediaChange(current, next);
    if (media?.path === null) await session.qmp.execute('eject', { id: media.id, force: true });
    else if (media) {
      await session.qmp.execute('blockdev-change-medium', {
        id: media.id,
        filename: media.path,
        format: 'raw',
        'read-only-mode': 'read-only',
      });
    }
    const nic = liveNicChange(current, next);
    if (nic?.plug) await plugNic(session.qmp, current.machine, nic.plug);
    if (nic?.unplug) await unplugNic(session.qmp, vm, nic.unplug);
    if (nic && matched)
      await session.updateFingerprint(hardwareFingerprint({ ...current, network: next.network }));
    const live = liveNetwork(current, next);
    if (live) {
      await applyForwardsLive(session.qmp, netdevId(live.id), live.before, live.after);
      if (matched)
        await session.updateFingerprint(hardwareFingerprint({ ...current, network: live.network }));
    }
    return saveConfig(engine, vm, next, what);
  });
}

/** A user-mode network card added to, or taken from, a VM (the rest of the hardware as it was). */
function liveNicChange(current: VmConfig, next: VmConfig) {
  const [a, b] = [current.network, next.network];
  if (a.mode === 'none' && b.mode === 'user') return { plug: b };
  if (a.mode === 'user' && b.mode === 'none') return { unplug: a };
  return undefined;
}

/** The forwards change of a user-mode NIC that stays otherwise the same. */
function liveNetwork(current: VmConfig, next: VmConfig) {
  const [a, b] = [current.network, next.network];
  if (a.mode !== 'user' || b.mode !== 'user' || a.id !== b.id) return undefined;
  if (JSON.stringify(a.forwards) === JSON.stringify(b.forwards)) return undefined;
  return { id: a.id, before: a.forwards, after: b.forwards, network: { ...a, forwards: b.forwards } };
}
