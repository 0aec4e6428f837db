import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange(value: V): void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown under the control without marking it invalid. */
  warning?: string | undefined;
  disabled?: boolean;
}

/** A labelled native <select> with its hint and problem. */
export function SelectField<V extends string>({
  label,
  value,
  choices,
  onChange,
  hint,
  error,
  warning,
  disabled,
}: SelectFieldProps<V>) {
  const ids = useFieldIds();
  return (
    <div className="hw-field">
      <label className="hw-field__label" htmlFor={ids.input}>
        {label}
      </label>
      <select
        id={ids.input}
        className="hw-select"
        value={value}
        disabled={disabled}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={ids.describedBy(hint !== undefined, error !== undefined, warning !== undefined)}
        onChange={(event) => {
          const chosen = choices.find((choice) => choice.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldMessages ids={ids} hint={hint} error={error} warning={warning} />
    </div>
  );
}
