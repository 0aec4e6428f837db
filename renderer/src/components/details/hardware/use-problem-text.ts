import { useCallback } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { Problem } from './problems';

/** Turns a problem into the sentence shown next to its field, in the language in use. */
export function useProblemText(): (problem: Problem) => string {
  const t = useMessages();
  return useCallback(
    (problem: Problem) => ('text' in problem ? problem.text : format(t[problem.key], problem.values ?? {})),
    [t],
  );
}
