import { useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { engineError, firstError, type Problem, type Problems } from '../wizard/problem';
import {
  changesOf,
  draftOf,
  mapPreferencesError,
  preferenceFields,
  validatePreferences,
  type PreferenceField,
  type PreferencesDraft,
} from './preferences-draft';

/**
 * The Preferences form: a draft of the saved preferences, client checks, and Save through
 * `preferences.set` (the engine's `preferences.changed` event then updates every window).
 */
export function usePreferencesForm(onClose: () => void, focus: (field: PreferenceField) => void) {
  const client = useAppStore((state) => state.client);
  const saved = useAppStore((state) => state.preferences);
  const [draft, setDraft] = useState<PreferencesDraft>(() => draftOf(saved));
  const [touched, setTouched] = useState<ReadonlySet<PreferenceField>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [engineProblems, setEngineProblems] = useState<Problems<PreferenceField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const own = validatePreferences(draft);
  const problems: Problems<PreferenceField> = {};
  for (const field of preferenceFields) {
    const problem: Problem | undefined =
      engineProblems[field] ?? (attempted || touched.has(field) ? own[field] : undefined);
    if (problem) problems[field] = problem;
  }

  const set = <F extends PreferenceField>(field: F, value: PreferencesDraft[F]) => {
    setDraft((before) => ({ ...before, [field]: value }));
    setTouched((before) => new Set(before).add(field));
    setEngineProblems(({ [field]: _dropped, ...rest }) => rest);
  };

  const save = async () => {
    if (saving) return;
    setAttempted(true);
    const invalid = firstError(own, preferenceFields);
    if (invalid) {
      focus(invalid);
      return;
    }
    const changes = changesOf(draft, saved);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await client.invoke('preferences.set', { changes });
      onClose();
    } catch (error) {
      setSaving(false);
      const mapped = mapPreferencesError(error);
      const refused: Problems<PreferenceField> = {};
      for (const field of preferenceFields) {
        const text = mapped.fields[field];
        if (text !== undefined) refused[field] = engineError(text);
      }
      setEngineProblems(refused);
      setFailure(mapped.general);
      const field = firstError(refused, preferenceFields);
      if (field) focus(field);
    }
  };

  const refusedFields = Object.keys(engineProblems).length > 0;
  return { draft, problems, saving, failure, refusedFields, set, save };
}
