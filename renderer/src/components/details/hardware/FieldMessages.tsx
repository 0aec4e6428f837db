import { ErrorIcon } from './ErrorIcon';
import type { FieldIds } from './field-ids';

interface FieldMessagesProps {
  ids: Pick<FieldIds, 'hint' | 'error'> & Partial<Pick<FieldIds, 'warning'>>;
  hint?: string | undefined;
  error?: string | undefined;
  /** Something that does not block Apply but will stand in the way later (shown with a warning id). */
  warning?: string | undefined;
}

/**
 * The problem, warning and hint under a control; the problem is what aria-describedby reads first.
 */
export function FieldMessages({ ids, hint, error, warning }: FieldMessagesProps) {
  return (
    <>
      {error !== undefined && (
        <p id={ids.error} className="hw-field__error">
          <ErrorIcon />
          <span>{error}</span>
        </p>
      )}
      {warning !== undefined && ids.warning !== undefined && (
        <p id={ids.warning} className="hw-callout hw-callout--warning hw-field__warning">
          {warning}
        </p>
      )}
      {hint !== undefined && (
        <p id={ids.hint} className="hw-field__hint">
          {hint}
        </p>
      )}
    </>
  );
}
