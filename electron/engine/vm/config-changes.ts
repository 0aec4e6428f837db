import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { fieldError } from '../../../shared/errors';
import { vmConfigSchema, type VmConfig } from '../../../shared/vm-config';
import type { VmConfigChanges } from '../../../shared/vm-requests';
import { checkForwardsFree } from './create-vm';

/**
 * The config with `changes` applied, validated as a whole (zod issues carry each field's path)
 * and against the other VMs (names, forwarded ports) and the disk (files that must exist).
 * Disks are added and removed with their own requests; here they may only be reordered or re-bused.
 */
export async function applyConfigChanges(
  current: VmConfig,
  changes: VmConfigChanges,
  others: readonly VmConfig[],
): Promise<VmConfig> {
  const next = vmConfigSchema.parse({ ...current, ...changes });
  if (next.name !== current.name && others.some((vm) => vm.name === next.name)) {
    throw fieldError('CONFLICT', ['name'], `a VM named "${next.name}" already exists`);
  }
  if (next.network.mode === 'user')
    checkForwardsFree(next.network.forwards, [...others], ['network', 'forwards']);
  next.disks.forEach((disk, index) => {
    const before = current.disks.find((d) => d.id === disk.id);
    if (
      !before ||
      before.path !== disk.path ||
      before.format !== disk.format ||
      before.managed !== disk.managed
    ) {
      throw fieldError(
        'INVALID_INPUT',
        ['disks', index, 'path'],
        `disk ${disk.id}: add or remove disks with "Add disk"`,
      );
    }
  });
  if (next.cdrom?.path && next.cdrom.path !== current.cdrom?.path) {
    await requireReadable(['cdrom', 'path'], 'ISO', next.cdrom.path);
  }
  if (next.directKernel && next.directKernel.kernel !== current.directKernel?.kernel) {
    await requireReadable(['directKernel', 'kernel'], 'kernel', next.directKernel.kernel);
  }
  if (next.directKernel?.initrd && next.directKernel.initrd !== current.directKernel?.initrd) {
    await requireReadable(['directKernel', 'initrd'], 'initrd', next.directKernel.initrd);
  }
  return next;
}

async function requireReadable(path: string[], what: string, file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw fieldError('INVALID_INPUT', path, `the ${what} file does not exist or is not readable: ${file}`);
  }
}

/** What changed that a running VM takes at once: its CD-ROM media (insert, swap, eject). */
export function liveMediaChange(
  current: VmConfig,
  next: VmConfig,
): { id: string; path: string | null } | undefined {
  if (!current.cdrom || !next.cdrom || current.cdrom.id !== next.cdrom.id) return undefined;
  return current.cdrom.path === next.cdrom.path ? undefined : { id: next.cdrom.id, path: next.cdrom.path };
}
