import { useId } from 'react';

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
  /** The aria-describedby of the control: its hint and its problem, when shown. */
  describedBy(hasHint: boolean, hasError: boolean): string | undefined;
}

/** The ids that tie a control to its label, hint and problem message. */
export function useFieldIds(): FieldIds {
  const base = useId();
  const ids = { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error` };
  return {
    ...ids,
    describedBy(hasHint, hasError) {
      const parts = [...(hasError ? [ids.error] : []), ...(hasHint ? [ids.hint] : [])];
      return parts.length > 0 ? parts.join(' ') : undefined;
    },
  };
}
