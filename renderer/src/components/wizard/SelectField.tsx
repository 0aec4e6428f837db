import { useId, type ReactNode } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';
import type { Problem } from './problem';
import './field.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** The label's language, when it differs from the page's (a language's own name). */
  lang?: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange(value: V): void;
  field: string;
  problem?: Problem | undefined;
  hint?: ReactNode;
}

/** A labelled native <select> with its problem and hint. */
export function SelectField<V extends string>({
  label,
  value,
  choices,
  onChange,
  field,
  problem,
  hint,
}: SelectFieldProps<V>) {
  const id = useId();
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const invalid = problem?.severity === 'error';
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <select
          id={id}
          data-field={field}
          className={`field__input field__select${invalid ? ' field__input--invalid' : ''}`}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(problemId, hintId, problem, hint)}
          onChange={(event) => {
            const chosen = choices.find((choice) => choice.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} lang={choice.lang}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <FieldNotes problemId={problemId} hintId={hintId} problem={problem} hint={hint} />
    </div>
  );
}
