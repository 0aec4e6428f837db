import { useId, type ReactNode } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Problem } from './problem';
import './field.css';

interface CheckFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Which form field this is, for focusing it when it has a problem. */
  field: string;
  problem?: Problem | undefined;
  hint?: ReactNode;
  className?: string;
}

/** A checkbox with its label beside it, and its problem or hint under the label. */
export function CheckField({ label, checked, onChange, field, problem, hint, className }: CheckFieldProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const invalid = problem?.severity === 'error';
  return (
    <div className={className === undefined ? 'check-field' : `check-field ${className}`}>
      <input
        id={id}
        type="checkbox"
        data-field={field}
        className="check-field__input"
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(problemId, hintId, problem, hint)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="check-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="check-field__notes">
        <FieldNotes problemId={problemId} hintId={hintId} problem={problem} hint={hint} />
      </div>
    </div>
  );
}
