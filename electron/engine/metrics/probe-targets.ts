import { BALLOON_ID } from '../qemu/argv';
import type { VmInstance } from '../vm/vm-instance';
import type { ProbeTarget } from './vm-probe';

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
    });
  }
  return targets;
}
