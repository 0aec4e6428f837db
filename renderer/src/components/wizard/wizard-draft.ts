import type { FilePurpose } from '../../../../shared/host';
import type { OsEntry } from '../../../../shared/os-info';
import { recommendedResources } from './recommended';

export const installSources = ['iso', 'import', 'kernel', 'empty'] as const;
export type InstallSource = (typeof installSources)[number];

export const steps = ['source', 'os', 'resources', 'summary'] as const;
export type StepId = (typeof steps)[number];

export const pathFields = ['isoPath', 'diskPath', 'kernelPath', 'initrdPath'] as const;
export type PathField = (typeof pathFields)[number];

export const pathPurpose: Record<PathField, FilePurpose> = {
  isoPath: 'iso',
  diskPath: 'disk',
  kernelPath: 'kernel',
  initrdPath: 'initrd',
};

/** Every field the wizard can point a problem at, in the order they appear. */
export const fieldOrder = [
  'source',
  'isoPath',
  'diskPath',
  'kernelPath',
  'initrdPath',
  'cmdline',
  'os',
  'name',
  'memoryMiB',
  'cpus',
  'diskGiB',
  'network',
] as const;
export type FieldName = (typeof fieldOrder)[number];

export const fieldStep: Record<FieldName, StepId> = {
  source: 'source',
  isoPath: 'source',
  diskPath: 'source',
  kernelPath: 'source',
  initrdPath: 'source',
  cmdline: 'source',
  os: 'os',
  name: 'resources',
  memoryMiB: 'resources',
  cpus: 'resources',
  diskGiB: 'resources',
  network: 'resources',
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
  customize: boolean;
}

export type TextField = PathField | 'cmdline' | 'name' | 'memoryMiB' | 'cpus' | 'diskGiB';

export type DraftAction =
  | { type: 'text'; field: TextField; value: string }
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

function withOs(draft: WizardDraft, os: OsEntry | null, origin: OsOrigin): WizardDraft {
  return { ...draft, os, osOrigin: os ? origin : 'none', ...resourceText(os) };
}

export function draftReducer(draft: WizardDraft, action: DraftAction): WizardDraft {
  switch (action.type) {
    case 'text':
      return action.field === 'name'
        ? { ...draft, name: action.value, nameEdited: true }
        : { ...draft, [action.field]: action.value };
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

/** The path fields the chosen source shows, in order. */
export function pathFieldsOf(source: InstallSource): readonly PathField[] {
  switch (source) {
    case 'iso':
      return ['isoPath'];
    case 'import':
      return ['diskPath'];
    case 'kernel':
      return ['kernelPath', 'initrdPath'];
    case 'empty':
      return [];
  }
}

/** Every source but Import gets a new, empty qcow2 disk. */
export function createsNewDisk(source: InstallSource): boolean {
  return source !== 'import';
}
