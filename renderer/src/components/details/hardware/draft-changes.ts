import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmConfigChanges } from '../../../../../shared/vm-requests';
import type { HardwareDraft } from './draft';
import { draftValues, editedKeys, type EditedKey } from './draft-values';
import { sameValue } from './same-value';

/**
 * The `changes` of vm.update / vm.previewArgs: only the keys whose value differs from the saved
 * config. Call only when validateDraft finds no problem.
 */
export function draftChanges(baseline: VmConfig, draft: HardwareDraft): VmConfigChanges {
  const values = draftValues(draft);
  const changes: Record<string, unknown> = {};
  for (const key of editedKeys) {
    if (!sameValue(values[key], baseline[key])) changes[key] = values[key];
  }
  return changes as VmConfigChanges;
}

export function changedKeys(changes: VmConfigChanges): EditedKey[] {
  return editedKeys.filter((key) => key in changes);
}
