import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Problem } from './problem';
import './field.css';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'className'
>;

interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Which form field this is, for focusing it when it has a problem. */
  field: string;
  problem?: Problem | undefined;
  hint?: ReactNode;
  /** A control after the input (a Browse… button). */
  trailing?: ReactNode;
  className?: string;
}

/** A labelled text input with its problem (aria-invalid, aria-describedby) and hint under it. */
export function TextField({
  label,
  value,
  onChange,
  field,
  problem,
  hint,
  trailing,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const invalid = problem?.severity === 'error';
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <input
          {...inputProps}
          id={id}
          data-field={field}
          className={`field__input${invalid ? ' field__input--invalid' : ''}`}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(problemId, hintId, problem, hint)}
          onChange={(event) => onChange(event.target.value)}
        />
        {trailing}
      </div>
      <FieldNotes problemId={problemId} hintId={hintId} problem={problem} hint={hint} />
    </div>
  );
}
