import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

interface CheckFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
}

/** A checkbox with its label beside it, and its hint and problem underneath. */
export function CheckField({ label, checked, onChange, hint, error, disabled }: CheckFieldProps) {
  const ids = useFieldIds();
  return (
    <div className="hw-field hw-field--check">
      <div className="hw-check">
        <input
          id={ids.input}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error !== undefined ? true : undefined}
          aria-describedby={ids.describedBy(hint !== undefined, error !== undefined)}
        />
        <label htmlFor={ids.input}>{label}</label>
      </div>
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
