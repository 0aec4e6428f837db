import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Problem } from './problem';
import './field.css';

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'className'
>;

interface TextAreaFieldProps extends TextAreaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Which form field this is, for focusing it when it has a problem. */
  field: string;
  problem?: Problem | undefined;
  hint?: ReactNode;
  className?: string;
}

/** A labelled multi-line text box with its problem and hint, like TextField. */
export function TextAreaField({
  label,
  value,
  onChange,
  field,
  problem,
  hint,
  className,
  ...textAreaProps
}: TextAreaFieldProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const invalid = problem?.severity === 'error';
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        {...textAreaProps}
        id={id}
        data-field={field}
        className={`field__input field__textarea${invalid ? ' field__input--invalid' : ''}`}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(problemId, hintId, problem, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes problemId={problemId} hintId={hintId} problem={problem} hint={hint} />
    </div>
  );
}
