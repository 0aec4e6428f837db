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
  'shutDownVmsOnQuit',
] as const satisfies readonly PreferenceField[];

const pathFields = ['diskFolder', 'qemuSystemPath', 'qemuImgPath'] as const;
const numberFields = ['metricsIntervalSec', 'metricsHistoryMinutes'] as const;
type NumberField = (typeof numberFields)[number];

/** Each number's limits, read from the engine's own schema. */
export function numberRange(field: NumberField): { min: number; max: number } {
  const schema = preferenceChangesSchema.shape[field].unwrap();
  return { min: schema.minValue ?? 1, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function draftOf(preferences: Preferences): PreferencesDraft {
  return {
    ...preferences,
    metricsIntervalSec: String(preferences.metricsIntervalSec),
    metricsHistoryMinutes: String(preferences.metricsHistoryMinutes),
  };
}

/** The client's checks: absolute paths (or empty), whole numbers within the engine's limits. */
export function validatePreferences(draft: PreferencesDraft): Problems<PreferenceField> {
  const problems: Problems<PreferenceField> = {};
  for (const field of pathFields) {
    const path = draft[field].trim();
    if (path !== '' && !path.startsWith('/')) problems[field] = errorOf('pfErrAbsolute');
  }
  for (const field of numberFields) {
    const text = draft[field].trim();
    const { min, max } = numberRange(field);
    if (!/^\d+$/.test(text)) problems[field] = errorOf('pfErrWholeNumber');
    else if (Number(text) < min || Number(text) > max) problems[field] = errorOf('pfErrRange', { min, max });
  }
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
