import { format } from '../../../i18n/format';
import type { Messages } from '../../../i18n/en';
import type { HardwareDraft } from './draft';

/**
 * The name of the control a field key stands for, for problem lists ("Guest port, rule 3"); undefined
 * when the section's name says enough.
 */
export function fieldLabel(t: Messages, field: string, draft: HardwareDraft | null): string | undefined {
  const parts = field.split('.');
  const forward = /^network\.forwards\.(\d+)\.(\w+)$/.exec(field);
  if (forward) {
    const columns: Record<string, string> = {
      protocol: t.hwForwardProtocol,
      hostAddress: t.hwForwardHostAddress,
      hostPort: t.hwForwardHostPort,
      guestPort: t.hwForwardGuestPort,
    };
    const column = columns[forward[2] ?? ''];
    return column && format(t.hwForwardCell, { column, row: Number(forward[1]) + 1 });
  }
  const consoleRow = /^extraConsoles\.(\d+)\.id$/.exec(field);
  if (consoleRow) return format(t.hwConsoleRow, { row: Number(consoleRow[1]) + 1 });
  if (parts[0] === 'disks' && parts[1] !== undefined) {
    const id = draft?.disks[Number(parts[1])]?.id;
    return id === undefined ? undefined : format(t.hwDeviceDisk, { id });
  }
  const labels: Record<string, string> = {
    'cpu.count': t.hwCpuCount,
    'cpu.sockets': t.hwCpuSockets,
    'cpu.cores': t.hwCpuCores,
    'cpu.threads': t.hwCpuThreads,
    'cpu.topology': t.hwCpuTopologyLegend,
    'cpu.maxCount': t.hwCpuMax,
    'memoryHotplug.maxMiB': t.hwMemoryMax,
    'memoryHotplug.slots': t.hwMemorySlots,
    memoryBalloon: t.hwBalloon,
    'network.mac': t.hwNetMac,
    'network.model': t.hwNetModel,
    'network.bridge': t.hwNetBridge,
    'network.forwards': t.hwForwards,
    'directKernel.kernel': t.hwKernelPath,
    'directKernel.initrd': t.hwInitrdPath,
    'directKernel.cmdline': t.hwKernelCmdline,
    'display.vga': t.hwVideo,
    'display.vnc': t.hwVnc,
    'display.clipboard': t.hwClipboard,
    extraConsoles: t.hwConsoles,
    machine: t.hwChipset,
    firmware: t.hwFirmware,
    secureBoot: t.hwSecureBoot,
    tpm: t.hwTpm,
    guestAgent: t.hwGuestAgent,
    watchdog: t.hwWatchdog,
    'cdrom.path': t.hwCdromMedia,
  };
  return labels[field];
}
