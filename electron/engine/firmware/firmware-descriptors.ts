import { constants } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describeZodError, VireoError } from '../../../shared/errors';
import { type FirmwareDescriptorJson, firmwareDescriptorSchema } from './firmware-descriptor-schema';
import { machineGlobMatches } from './machine-glob';

export interface FirmwareDescriptor {
  path: string;
  json: FirmwareDescriptorJson;
}

export interface SkippedDescriptor {
  path: string;
  reason: string;
}

export interface FlashFile {
  filename: string;
  format: string;
}

export interface UefiFirmware {
  descriptorPath: string;
  code: FlashFile;
  varsTemplate: FlashFile;
  requiresSmm: boolean;
  secureBoot: boolean;
  enrolledKeys: boolean;
}

export interface UefiFirmwareQuery {
  secureBoot: boolean;
  machine: 'q35' | 'pc';
  /** The descriptor folders, least specific first; defaults to defaultFirmwareDirs(). */
  dirs?: readonly string[];
}

/** QEMU's descriptor folders, least specific first: a same-named file in a later one wins. */
export function defaultFirmwareDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return ['/usr/share/qemu/firmware', '/etc/qemu/firmware', join(configHome, 'qemu', 'firmware')];
}

/**
 * Every descriptor in priority order: file names sorted across all folders (the numeric prefix
 * is the priority), each name read from the most specific folder holding it. An empty file
 * hides its namesakes; files that do not parse are reported in `skipped`.
 */
export async function readFirmwareDescriptors(
  dirs: readonly string[] = defaultFirmwareDirs(),
): Promise<{ descriptors: FirmwareDescriptor[]; skipped: SkippedDescriptor[] }> {
  const skipped: SkippedDescriptor[] = [];
  const pathByName = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        skipped.push({ path: dir, reason: (error as Error).message });
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) pathByName.set(name, join(dir, name));
  }

  const descriptors: FirmwareDescriptor[] = [];
  for (const name of [...pathByName.keys()].sort(byCodeUnits)) {
    const path = pathByName.get(name) ?? '';
    const parsed = await parseDescriptorFile(path);
    if ('reason' in parsed) skipped.push({ path, reason: parsed.reason });
    else descriptors.push({ path, json: parsed.json });
  }
  return { descriptors, skipped };
}

function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

async function parseDescriptorFile(
  path: string,
): Promise<{ json: FirmwareDescriptorJson } | { reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { reason: `cannot read it: ${(error as Error).message}` };
  }
  if (text.trim() === '')
    return { reason: 'empty: it hides any same-named descriptor in a less specific folder' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON: ${(error as Error).message}` };
  }
  const result = firmwareDescriptorSchema.safeParse(value);
  return result.success
    ? { json: result.data }
    : { reason: `unexpected shape: ${describeZodError(result.error)}` };
}

/** A current versioned machine type of each family, to match against descriptor globs. */
const MACHINE_TYPES = { q35: 'pc-q35-7.2', pc: 'pc-i440fx-7.2' } as const;

const OVMF_HINT = 'install the "ovmf" package (sudo apt install ovmf)';

/**
 * The best UEFI firmware for an x86_64 VM, chosen as libvirt does: the first descriptor in
 * priority order that fits, preferring one with Microsoft's keys enrolled when Secure Boot is on.
 */
export async function findUefiFirmware(query: UefiFirmwareQuery): Promise<UefiFirmware> {
  if (query.secureBoot && query.machine !== 'q35') {
    throw new VireoError(
      'INVALID_INPUT',
      'Secure Boot needs the q35 machine type: its firmware guards the UEFI variables with SMM, which edk2 supports only on q35',
    );
  }
  const dirs = query.dirs ?? defaultFirmwareDirs();
  const { descriptors, skipped } = await readFirmwareDescriptors(dirs);
  const machineType = MACHINE_TYPES[query.machine];
  const fitting = descriptors.flatMap((descriptor) => {
    const firmware = asX86UefiSplitFlash(descriptor, machineType);
    return firmware && featuresFit(firmware, query) ? [firmware] : [];
  });
  const preferred = query.secureBoot
    ? [...fitting.filter((f) => f.enrolledKeys), ...fitting.filter((f) => !f.enrolledKeys)]
    : fitting;

  for (const firmware of preferred) {
    const missing = await firstMissingFile([firmware.code.filename, firmware.varsTemplate.filename]);
    if (missing === undefined) return firmware;
    skipped.push({ path: firmware.descriptorPath, reason: `${missing} does not exist` });
  }

  const wanted = query.secureBoot
    ? 'UEFI firmware with Secure Boot (OVMF)'
    : 'UEFI firmware without Secure Boot (OVMF)';
  throw new VireoError(
    'UNSUPPORTED',
    `no ${wanted} for x86_64 ${machineType} is described in ${dirs.join(', ')}: ${OVMF_HINT}`,
    { searched: [...dirs], skipped },
  );
}

/** The descriptor as x86_64 UEFI firmware in split flash (code + vars template), if it is one for this machine. */
function asX86UefiSplitFlash(descriptor: FirmwareDescriptor, machineType: string): UefiFirmware | undefined {
  const { mapping, features, targets } = descriptor.json;
  if (!descriptor.json['interface-types'].includes('uefi')) return undefined;
  if (mapping.device !== 'flash' || mapping.mode !== 'split' || !mapping['nvram-template']) return undefined;
  const runsHere = targets.some(
    (target) =>
      target.architecture === 'x86_64' &&
      target.machines.some((glob) => machineGlobMatches(glob, machineType)),
  );
  if (!runsHere) return undefined;
  return {
    descriptorPath: descriptor.path,
    code: { ...mapping.executable },
    varsTemplate: { ...mapping['nvram-template'] },
    requiresSmm: features.includes('requires-smm'),
    secureBoot: features.includes('secure-boot'),
    enrolledKeys: features.includes('enrolled-keys'),
  };
}

function featuresFit(firmware: UefiFirmware, query: UefiFirmwareQuery): boolean {
  // Secure Boot without SMM is not secure: the guest kernel could rewrite the variable store.
  if (query.secureBoot) return firmware.secureBoot && firmware.requiresSmm;
  // i440fx has no SMM that edk2 supports, so firmware needing it cannot boot there.
  if (query.machine === 'pc' && firmware.requiresSmm) return false;
  return !firmware.secureBoot && !firmware.enrolledKeys;
}

async function firstMissingFile(paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      await access(path, constants.R_OK);
    } catch {
      return path;
    }
  }
  return undefined;
}
