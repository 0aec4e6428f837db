import { preferenceChangesSchema, type Preferences } from '../../../../shared/preferences';
import { mapEngineError, type MappedError } from '../wizard/engine-issues';
import { errorOf, type Problems } from '../wizard/problem';

/** The form's values: numbers stay text until validated. */
export interface PreferencesDraft {
  theme: Preferences['theme'];
  language: Preferences['language'];
  diskFolder: string;
  defaultAccel: Preferences['defaultAccel'];
  qemuSystemPath: string;
  qemuImgPath: string;
  metricsIntervalSec: string;
  metricsHistoryMinutes: string;
  terminalScrollback: string;
  /** Empty: ssh's own default (the ssh config's User, else the local user name). */
  sshUser: string;
  shutDownVmsOnQuit: boolean;
}

export type PreferenceField = keyof PreferencesDraft;

/** The fields in the order the dialog shows them. */
export const preferenceFields = [
  'theme',
  'language',
  'diskFolder',
  'defaultAccel',
  'qemuSystemPath',
  'qemuImgPath',
  'metricsIntervalSec',
  'metricsHistoryMinutes',
  'terminalScrollback',
  'sshUser',
  'shutDownVmsOnQuit',
] as const satisfies readonly PreferenceField[];

const pathFields = ['diskFolder', 'qemuSystemPath', 'qemuImgPath'] as const;
const numberFields = ['metricsIntervalSec', 'metricsHistoryMinutes', 'terminalScrollback'] as const;
export type NumberField = (typeof numberFields)[number];
const sshUserSchema = preferenceChangesSchema.shape.sshUser.unwrap();

/** Each number's limits, read from the engine's own schema. */
export function numberRange(field: NumberField): { min: number; max: number } {
  const schema = preferenceChangesSchema.shape[field].unwrap();
  return { min: schema.minValue ?? 1, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** A number with its thousands grouped ("1,000,000"), as both English and Chinese write it. */
export function groupDigits(value: number): string {
  return value.toLocaleString('en-US');
}

/** A number's limits as shown in its hint and problem: "100" to "1,000,000". */
export function rangeText(field: NumberField): { min: string; max: string } {
  const { min, max } = numberRange(field);
  return { min: groupDigits(min), max: groupDigits(max) };
}

export function draftOf(preferences: Preferences): PreferencesDraft {
  return {
    ...preferences,
    metricsIntervalSec: String(preferences.metricsIntervalSec),
    metricsHistoryMinutes: String(preferences.metricsHistoryMinutes),
    terminalScrollback: String(preferences.terminalScrollback),
  };
}

/**
 * The client's checks: absolute paths (or empty), whole (the interval: half) numbers within the engine's limits, and a
 * user name the engine's schema takes (or empty).
 */
export function validatePreferences(draft: PreferencesDraft): Problems<PreferenceField> {
  const problems: Problems<PreferenceField> = {};
  for (const field of pathFields) {
    const path = draft[field].trim();
    if (path !== '' && !path.startsWith('/')) problems[field] = errorOf('pfErrAbsolute');
  }
  for (const field of numberFields) {
    const text = draft[field].trim();
    const { min, max } = numberRange(field);
    const halves = field === 'metricsIntervalSec';
    if (halves ? !/^\d+(\.[05])?$/.test(text) : !/^\d+$/.test(text))
      problems[field] = errorOf(halves ? 'pfErrHalfNumber' : 'pfErrWholeNumber');
    else if (Number(text) < min || Number(text) > max)
      problems[field] = errorOf('pfErrRange', rangeText(field));
  }
  if (!sshUserSchema.safeParse(draft.sshUser.trim()).success) problems.sshUser = errorOf('pfErrSshUser');
  return problems;
}

/** What differs from the saved preferences, as a `preferences.set` change (of a valid draft). */
export function changesOf(draft: PreferencesDraft, saved: Preferences): Partial<Preferences> {
  const next: Preferences = {
    ...draft,
    diskFolder: draft.diskFolder.trim(),
    qemuSystemPath: draft.qemuSystemPath.trim(),
    qemuImgPath: draft.qemuImgPath.trim(),
    metricsIntervalSec: Number(draft.metricsIntervalSec.trim()),
    metricsHistoryMinutes: Number(draft.metricsHistoryMinutes.trim()),
    terminalScrollback: Number(draft.terminalScrollback.trim()),
    sshUser: draft.sshUser.trim(),
  };
  const changes: Partial<Record<keyof Preferences, unknown>> = {};
  for (const key of preferenceFields) {
    if (next[key] !== saved[key]) changes[key] = next[key];
  }
  return changes as Partial<Preferences>;
}

/** A refused `preferences.set`: issue paths are ["changes", field]. */
export function mapPreferencesError(error: unknown): MappedError<PreferenceField> {
  return mapEngineError(error, (path) => {
    const field = path[0] === 'changes' ? path[1] : path[0];
    return preferenceFields.find((known) => known === field);
  });
}
