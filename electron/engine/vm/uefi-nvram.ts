import { access, chmod, readFile, rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { VmConfig } from '../../../shared/vm-config';
import { writeJsonAtomic } from '../atomic-write';
import { findUefiFirmware, type UefiFirmware } from '../firmware/firmware-descriptors';
import type { LaunchContext } from '../qemu/argv';
import { convertWithProgress } from '../qemu/qemu-img-job';

const nvramInfoSchema = z.object({ template: z.string() });

/** The firmware a UEFI VM starts with, found from QEMU's descriptors. */
export async function uefiFirmwareFor(config: VmConfig): Promise<UefiFirmware | undefined> {
  if (config.firmware !== 'uefi') return undefined;
  return findUefiFirmware({ secureBoot: config.secureBoot, machine: config.machine });
}

export function launchFirmware(firmware: UefiFirmware | undefined): LaunchContext['firmware'] {
  if (!firmware) return undefined;
  const codeFormat = firmware.code.format === 'qcow2' ? 'qcow2' : 'raw';
  return { code: firmware.code.filename, codeFormat, requiresSmm: firmware.requiresSmm };
}

/**
 * Makes sure the VM has its UEFI variable store: a qcow2 copy of the firmware's template (qcow2 so
 * internal snapshots include it). A store made from another template — Secure Boot turned on or
 * off — is made afresh, since its keys would not match; returns true when it made one.
 */
export async function ensureNvram(
  files: { nvram: string; nvramInfo: string },
  firmware: UefiFirmware,
  qemuImg: string,
  fresh = false,
): Promise<boolean> {
  const template = firmware.varsTemplate.filename;
  const info = await readFile(files.nvramInfo, 'utf8')
    .then((text) => nvramInfoSchema.parse(JSON.parse(text)))
    .catch(() => undefined);
  const exists = await access(files.nvram).then(
    () => true,
    () => false,
  );
  // A store of unknown origin (imported, or older) is kept: it may hold the only boot entries.
  if (!fresh && exists && (info === undefined || info.template === template)) return false;
  const temp = `${files.nvram}.new`;
  await rm(temp, { force: true });
  await convertWithProgress(
    qemuImg,
    { path: template, format: firmware.varsTemplate.format === 'qcow2' ? 'qcow2' : 'raw' },
    { path: temp, format: 'qcow2' },
  );
  await chmod(temp, 0o600);
  await rename(temp, files.nvram);
  await writeJsonAtomic(files.nvramInfo, { template });
  return true;
}
