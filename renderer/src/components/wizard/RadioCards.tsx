import { useId } from 'react';
import './radio-cards.css';

export interface RadioCard<V extends string> {
  value: V;
  label: string;
  /** One line under the label, tied to the radio by aria-describedby. */
  hint?: string;
}

interface RadioCardsProps<V extends string> {
  legend: string;
  value: V;
  options: readonly RadioCard<V>[];
  onChange(value: V): void;
  field: string;
  /** Lay the cards out in two columns (four short choices) instead of one. */
  columns?: 1 | 2;
}

/** A radio group as a fieldset of cards: the label is each radio's name, the hint its description. */
export function RadioCards<V extends string>({
  legend,
  value,
  options,
  onChange,
  field,
  columns = 1,
}: RadioCardsProps<V>) {
  const id = useId();
  return (
    <fieldset className="radio-cards">
      <legend className="radio-cards__legend">{legend}</legend>
      <div className={`radio-cards__list radio-cards__list--${columns}`}>
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          const hintId = `${inputId}-hint`;
          const checked = option.value === value;
          return (
            <div key={option.value} className={`radio-card${checked ? ' radio-card--checked' : ''}`}>
              <input
                id={inputId}
                type="radio"
                className="radio-card__input"
                name={id}
                value={option.value}
                checked={checked}
                data-field={checked ? field : undefined}
                aria-describedby={option.hint === undefined ? undefined : hintId}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId} className="radio-card__label">
                {option.label}
              </label>
              {option.hint !== undefined && (
                <p id={hintId} className="radio-card__hint">
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
