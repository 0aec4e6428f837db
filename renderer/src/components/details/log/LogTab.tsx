import type { VmStatus } from '../../../../../shared/vm-state';
import { QemuLogSection } from './QemuLogSection';
import { TimelineSection } from './TimelineSection';
import './log.css';

/** What happened to the VM: QEMU's own log, and Vireo's event timeline. */
export function LogTab({ vm }: { vm: VmStatus }) {
  return (
    <div className="log-tab">
      <QemuLogSection uuid={vm.uuid} refreshKey={vm.state} />
      <TimelineSection uuid={vm.uuid} />
    </div>
  );
}
