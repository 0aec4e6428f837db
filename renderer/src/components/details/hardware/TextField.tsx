import type { InputHTMLAttributes } from 'react';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';

interface TextFieldProps {
  label: string;
  value: string;
  onChange?: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown under the control without marking it invalid. */
  warning?: string | undefined;
  disabled?: boolean;
  readOnly?: boolean;
  /** Narrow fields for numbers. */
  size?: 'small' | 'wide';
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  mono?: boolean;
}

/** A labelled text input with its hint and problem (aria-invalid, aria-describedby). */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  warning,
  size,
  mono,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds();
  const classes = ['hw-input', size ? `hw-input--${size}` : '', mono ? 'hw-input--mono' : ''];
  return (
    <div className="hw-field">
      <label className="hw-field__label" htmlFor={ids.input}>
        {label}
      </label>
      <input
        id={ids.input}
        type="text"
        className={classes.filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={ids.describedBy(hint !== undefined, error !== undefined, warning !== undefined)}
        autoComplete="off"
        {...input}
      />
      <FieldMessages ids={ids} hint={hint} error={error} warning={warning} />
    </div>
  );
}
