import { BALLOON_ID } from '../qemu/argv';
import type { VmInstance } from '../vm/vm-instance';
import type { ProbeTarget } from './vm-probe';

/** A tick does not wait longer than this for a guest's agent (a busy guest answers late). */
const AGENT_TIMEOUT_MS = 800;

/** The VMs with a live QEMU (running, paused, shutting down), as the sampler sees them. */
export function probeTargets(vms: Iterable<VmInstance>): ProbeTarget[] {
  const targets: ProbeTarget[] = [];
  for (const vm of vms) {
    const session = vm.running;
    const config = vm.config;
    if (!session || !config) continue;
    targets.push({
      uuid: vm.uuid,
      pid: session.pid,
      qmp: session.qmp,
      vcpus: config.cpu.count,
      balloonPath: config.memoryBalloon ? `/machine/peripheral/${BALLOON_ID}` : null,
      blockIds: [...config.disks.map((d) => d.id), ...(config.cdrom ? [config.cdrom.id] : [])],
      network: config.network.mode,
      guestNetCounters: async () => {
        const nics = await vm.guestAgent?.interfaceCounters(AGENT_TIMEOUT_MS);
        const counted = nics?.filter((nic) => nic.name !== 'lo' && nic.rxBytes !== null);
        if (!counted?.length) return undefined;
        return {
          rxBytes: counted.reduce((sum, nic) => sum + (nic.rxBytes ?? 0), 0),
          txBytes: counted.reduce((sum, nic) => sum + (nic.txBytes ?? 0), 0),
        };
      },
    });
  }
  return targets;
}
