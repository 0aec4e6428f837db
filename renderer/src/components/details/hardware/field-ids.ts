import { useId } from 'react';

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
  warning: string;
  /** The aria-describedby of the control: its problem, warning and hint, when shown. */
  describedBy(hasHint: boolean, hasError: boolean, hasWarning?: boolean): string | undefined;
}

/** The ids that tie a control to its label, hint, problem and warning messages. */
export function useFieldIds(): FieldIds {
  const base = useId();
  const ids = {
    input: `${base}-input`,
    hint: `${base}-hint`,
    error: `${base}-error`,
    warning: `${base}-warning`,
  };
  return {
    ...ids,
    describedBy(hasHint, hasError, hasWarning = false) {
      const parts = [
        ...(hasError ? [ids.error] : []),
        ...(hasWarning ? [ids.warning] : []),
        ...(hasHint ? [ids.hint] : []),
      ];
      return parts.length > 0 ? parts.join(' ') : undefined;
    },
  };
}
