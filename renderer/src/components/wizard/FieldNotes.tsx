import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { problemText, type Problem } from './problem';
import { ProblemIcon } from './ProblemIcon';

interface FieldNotesProps {
  problemId: string;
  hintId: string;
  problem: Problem | undefined;
  hint: ReactNode;
}

/**
 * A field's problem (error or warning), else its hint, with the id its control points to. The hint
 * gives way to a problem, which says what matters now (and often repeats the hint's numbers).
 */
export function FieldNotes({ problemId, hintId, problem, hint }: FieldNotesProps) {
  const t = useMessages();
  return (
    <>
      {problem && (
        <p id={problemId} className={`field__problem field__problem--${problem.severity}`}>
          <ProblemIcon severity={problem.severity} />
          <span>{problemText(t, problem)}</span>
        </p>
      )}
      {!problem && hint !== undefined && hint !== null && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
    </>
  );
}

/** The aria-describedby of a control with these notes: whichever is shown. */
export function describedBy(
  problemId: string,
  hintId: string,
  problem: Problem | undefined,
  hint: ReactNode,
): string | undefined {
  if (problem) return problemId;
  return hint !== undefined && hint !== null ? hintId : undefined;
}
