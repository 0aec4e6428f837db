import { HardwarePage } from './HardwarePage';
import './hardware.css';
import './hardware-form.css';
import './hardware-blocks.css';
import './hardware-table.css';
import './hardware-preview.css';
import './hardware-devices.css';

/**
 * The Hardware tab of a VM's details, virt-manager style: a list of hardware sections, the chosen
 * section's form, Apply / Revert, and the live QEMU command line. A new VM starts afresh.
 */
export function HardwareTab({ uuid }: { uuid: string }) {
  return (
    <div className="hw-root">
      <HardwarePage key={uuid} uuid={uuid} />
    </div>
  );
}
