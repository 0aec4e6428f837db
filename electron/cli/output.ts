import type { VmStatus } from '../../shared/vm-state';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The final line of a long operation with --json: one compact line, after any progress on stderr. */
export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function uptimeSeconds(status: VmStatus, now = Date.now()): number | null {
  return status.startedAt ? Math.max(0, Math.round((now - Date.parse(status.startedAt)) / 1000)) : null;
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}h ${m}m ${s}s` : m > 0 ? `${m}m ${s}s` : `${s}s`;
}

/** A plain-text table, columns padded to their widest cell (by code points, so CJK stays aligned enough). */
export function table(headers: string[], rows: string[][]): string {
  const width = (text: string) => [...text].length;
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

export function listTable(vms: VmStatus[]): string {
  if (vms.length === 0) return 'No VMs yet. Create one with: vireo create --name NAME';
  return table(
    ['NAME', 'STATE', 'VCPUS', 'MEMORY', 'PID'],
    vms.map((vm) => [
      vm.name,
      vm.state,
      vm.vcpus === null ? '-' : String(vm.vcpus),
      vm.memoryMiB === null ? '-' : `${vm.memoryMiB} MiB`,
      vm.pid === null ? '-' : String(vm.pid),
    ]),
  );
}

export function statusJson(vm: VmStatus) {
  return { ...vm, uptimeSeconds: uptimeSeconds(vm) };
}

export function statusText(vm: VmStatus): string {
  const uptime = uptimeSeconds(vm);
  const lines: Array<[string, string]> = [
    ['Name', vm.name],
    ['UUID', vm.uuid],
    ['State', vm.state],
    ['PID', vm.pid === null ? '-' : String(vm.pid)],
    ['Accelerator', vm.accel ?? '-'],
    ['Uptime', uptime === null ? '-' : formatDuration(uptime)],
    ['vCPUs', vm.vcpus === null ? '-' : String(vm.vcpus)],
    ['Memory', vm.memoryMiB === null ? '-' : `${vm.memoryMiB} MiB`],
    ['QMP socket', vm.sockets?.qmp ?? '-'],
    ['Serial socket', vm.sockets?.serial ?? '-'],
    ['VNC socket', vm.sockets?.vnc ?? '-'],
  ];
  if (vm.problem) lines.push(['Problem', vm.problem]);
  if (vm.lastExit)
    lines.push(['Last exit', `${vm.lastExit.kind} at ${vm.lastExit.at}: ${vm.lastExit.reason}`]);
  const text = lines.map(([key, value]) => `${`${key}:`.padEnd(15)}${value}`).join('\n');
  const tail =
    vm.state === 'crashed' && vm.lastExit?.logTail.length
      ? `\nLast lines of qemu.log:\n  ${vm.lastExit.logTail.join('\n  ')}`
      : '';
  return text + tail;
}
