import { useId } from 'react';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** The language of the label, when it differs from the page's (a language's own name). */
  lang?: string;
}

interface PreferenceSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
}

/** A labelled native <select>: the visible label is its accessible name. */
export function PreferenceSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: PreferenceSelectProps<V>) {
  const id = useId();
  return (
    <div className="preference-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
