import type { FilePurpose } from '../../../../shared/host';
import type { OsEntry } from '../../../../shared/os-info';
import { firmwareFor, type Firmware } from './firmware';
import { recommendedResources } from './recommended';

export const installSources = ['iso', 'cloud', 'import', 'kernel', 'empty'] as const;
export type InstallSource = (typeof installSources)[number];

export const steps = ['source', 'os', 'resources', 'summary'] as const;
export type StepId = (typeof steps)[number];

/** The fields holding a path the engine checks as it is typed (a cloud image only when it is a path). */
export const pathFields = ['isoPath', 'diskPath', 'kernelPath', 'initrdPath', 'cloudImage'] as const;
export type PathField = (typeof pathFields)[number];

export const pathPurpose: Record<PathField, FilePurpose> = {
  isoPath: 'iso',
  diskPath: 'disk',
  kernelPath: 'kernel',
  initrdPath: 'initrd',
  cloudImage: 'disk',
};

/** Every field the wizard can point a problem at, in the order they appear. */
export const fieldOrder = [
  'source',
  'isoPath',
  'diskPath',
  'kernelPath',
  'initrdPath',
  'cmdline',
  'cloudImage',
  'cloudSha256',
  'hostname',
  'cloudUser',
  'cloudPassword',
  'cloudKeys',
  'cloudPackages',
  'os',
  'name',
  'memoryMiB',
  'cpus',
  'diskGiB',
  'network',
  'firmware',
  'secureBoot',
  'tpm',
] as const;
export type FieldName = (typeof fieldOrder)[number];

export const fieldStep: Record<FieldName, StepId> = {
  source: 'source',
  isoPath: 'source',
  diskPath: 'source',
  kernelPath: 'source',
  initrdPath: 'source',
  cmdline: 'source',
  cloudImage: 'source',
  cloudSha256: 'source',
  hostname: 'source',
  cloudUser: 'source',
  cloudPassword: 'source',
  cloudKeys: 'source',
  cloudPackages: 'source',
  os: 'os',
  name: 'resources',
  memoryMiB: 'resources',
  cpus: 'resources',
  diskGiB: 'resources',
  network: 'resources',
  firmware: 'resources',
  secureBoot: 'resources',
  tpm: 'resources',
};

/** Who chose the OS: nobody (generic), the ISO's detection, or the user (which detection never overrides). */
export type OsOrigin = 'none' | 'detected' | 'user';

/** What the user has entered so far; numbers stay text until validated. */
export interface WizardDraft {
  source: InstallSource;
  isoPath: string;
  diskPath: string;
  kernelPath: string;
  initrdPath: string;
  cmdline: string;
  os: OsEntry | null;
  osOrigin: OsOrigin;
  /** The typed name; until the user types one, the name is suggested (see suggestName). */
  name: string;
  nameEdited: boolean;
  memoryMiB: string;
  cpus: string;
  diskGiB: string;
  network: 'user' | 'none';
  /** Proposed from the OS's needs (Windows 11: UEFI, Secure Boot, TPM) until the user sets them. */
  firmware: Firmware;
  /** Kept while BIOS is chosen (so choosing UEFI again restores it); only sent with UEFI. */
  secureBoot: boolean;
  tpm: boolean;
  firmwareEdited: boolean;
  /** Cloud image: a local path or an http(s) URL, with an optional SHA-256. */
  cloudImage: string;
  cloudSha256: string;
  /** The typed host name; until the user types one, it follows the VM's name (see suggestHostname). */
  hostname: string;
  hostnameEdited: boolean;
  cloudUser: string;
  cloudPassword: string;
  /** SSH public keys, one a line. */
  cloudKeys: string;
  /** Package names, separated by spaces. */
  cloudPackages: string;
  customize: boolean;
}

export type TextField =
  | PathField
  | 'cmdline'
  | 'name'
  | 'memoryMiB'
  | 'cpus'
  | 'diskGiB'
  | 'cloudSha256'
  | 'hostname'
  | 'cloudUser'
  | 'cloudPassword'
  | 'cloudKeys'
  | 'cloudPackages';

export type FirmwareChange = Partial<Pick<WizardDraft, 'firmware' | 'secureBoot' | 'tpm'>>;

export type DraftAction =
  | { type: 'text'; field: TextField; value: string }
  | { type: 'firmware'; change: FirmwareChange }
  | { type: 'source'; source: InstallSource }
  | { type: 'network'; network: WizardDraft['network'] }
  | { type: 'chooseOs'; os: OsEntry | null }
  | { type: 'detected'; os: OsEntry | null }
  | { type: 'customize'; customize: boolean };

export function initialDraft(): WizardDraft {
  return {
    source: 'iso',
    isoPath: '',
    diskPath: '',
    kernelPath: '',
    initrdPath: '',
    cmdline: '',
    os: null,
    osOrigin: 'none',
    name: '',
    nameEdited: false,
    ...resourceText(null),
    network: 'user',
    ...firmwareFor(null),
    firmwareEdited: false,
    cloudImage: '',
    cloudSha256: '',
    hostname: '',
    hostnameEdited: false,
    cloudUser: '',
    cloudPassword: '',
    cloudKeys: '',
    cloudPackages: '',
    customize: false,
  };
}

function resourceText(os: OsEntry | null): Pick<WizardDraft, 'memoryMiB' | 'cpus' | 'diskGiB'> {
  const resources = recommendedResources(os);
  return {
    memoryMiB: String(resources.memoryMiB),
    cpus: String(resources.cpus),
    diskGiB: String(resources.diskGiB),
  };
}

/**
 * The OS and what it proposes: resources always; firmware from its needs, which replace the user's
 * choice like resources do. An OS that needs nothing resets the firmware to BIOS (no Secure Boot,
 * no TPM) only when the user has not set it by hand.
 */
function withOs(draft: WizardDraft, os: OsEntry | null, origin: OsOrigin): WizardDraft {
  const next = { ...draft, os, osOrigin: os ? origin : 'none', ...resourceText(os) } satisfies WizardDraft;
  const needs = os?.needs;
  if (needs && (needs.uefi || needs.secureBoot || needs.tpm)) {
    return { ...next, ...firmwareFor(needs), firmwareEdited: false };
  }
  return draft.firmwareEdited ? next : { ...next, ...firmwareFor(null) };
}

export function draftReducer(draft: WizardDraft, action: DraftAction): WizardDraft {
  switch (action.type) {
    case 'text':
      if (action.field === 'name') return { ...draft, name: action.value, nameEdited: true };
      if (action.field === 'hostname') return { ...draft, hostname: action.value, hostnameEdited: true };
      return { ...draft, [action.field]: action.value };
    case 'firmware':
      return { ...draft, ...action.change, firmwareEdited: true };
    case 'source': {
      const next = { ...draft, source: action.source };
      // An OS detected from the ISO means nothing once the ISO is no longer the source.
      return action.source !== 'iso' && draft.osOrigin === 'detected' ? withOs(next, null, 'none') : next;
    }
    case 'network':
      return { ...draft, network: action.network };
    case 'chooseOs':
      return withOs(draft, action.os, 'user');
    case 'detected':
      if (draft.osOrigin === 'user' || draft.source !== 'iso') return draft;
      if (draft.os?.id === action.os?.id) return draft;
      return withOs(draft, action.os, 'detected');
    case 'customize':
      return { ...draft, customize: action.customize };
  }
}

/** The plain path fields the chosen source shows, in order (a cloud image may also be a URL). */
export function pathFieldsOf(source: InstallSource): readonly PathField[] {
  switch (source) {
    case 'iso':
      return ['isoPath'];
    case 'import':
      return ['diskPath'];
    case 'kernel':
      return ['kernelPath', 'initrdPath'];
    case 'cloud':
    case 'empty':
      return [];
  }
}

/** Every source but Import gets a new qcow2 disk (on top of the image, for a cloud image). */
export function createsNewDisk(source: InstallSource): boolean {
  return source !== 'import';
}
