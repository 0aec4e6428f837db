import { ErrorIcon } from './ErrorIcon';
import type { FieldIds } from './field-ids';

interface FieldMessagesProps {
  ids: Pick<FieldIds, 'hint' | 'error'>;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The hint and the problem under a control; the problem is what aria-describedby reads first. */
export function FieldMessages({ ids, hint, error }: FieldMessagesProps) {
  return (
    <>
      {error !== undefined && (
        <p id={ids.error} className="hw-field__error">
          <ErrorIcon />
          <span>{error}</span>
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
