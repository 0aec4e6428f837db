import { VM_NAME_MAX_CHARS, vmNameProblem } from '../../../../shared/vm-name';
import { errorOf, type Problem } from './problem';

/**
 * What is wrong with a VM name, in the user's language. `vmNameProblem` (the engine's own rule)
 * decides; this only picks the translated sentence for its reason.
 */
export function nameProblem(name: string, takenNames: readonly string[]): Problem | undefined {
  const problem = vmNameProblem(name);
  if (problem !== undefined) {
    if (name === '') return errorOf('wzErrNameEmpty');
    if ([...name].length > VM_NAME_MAX_CHARS) return errorOf('wzErrNameTooLong', { max: VM_NAME_MAX_CHARS });
    if (name.includes('/')) return errorOf('wzErrNameSlash');
    if (name === '.' || name === '..') return errorOf('wzErrNameDots');
    if (problem.startsWith('must not contain control')) return errorOf('wzErrNameControl');
    if (name.trim() !== name) return errorOf('wzErrNameSpaces');
    return errorOf('wzErrNameInvalid', { problem });
  }
  if (takenNames.includes(name)) return errorOf('wzErrNameTaken', { name });
  return undefined;
}
