import { useId } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { consoleIdsOfKind, guestDevice } from './consoles';
import type { ConsoleRow } from './draft';
import { ErrorIcon } from './ErrorIcon';

interface ConsoleTableRowProps {
  rows: readonly ConsoleRow[];
  index: number;
  mainSerial: boolean;
  error: string | undefined;
  onChange(id: string): void;
  onRemove(): void;
}

/**
 * One extra console: its id (among those of its kind), its kind, the device a Linux guest sees, and
 * Remove. The id's problem is shown in a full-width line under the row, as in the forward table.
 */
export function ConsoleTableRow({
  rows,
  index,
  mainSerial,
  error,
  onChange,
  onRemove,
}: ConsoleTableRowProps) {
  const t = useMessages();
  const id = useId();
  const row = rows[index];
  if (row === undefined) return null;
  const ids = consoleIdsOfKind[row.kind];
  // An id from elsewhere that this kind cannot take stays listed, so the select shows the truth.
  const choices = ids.includes(row.id) ? ids : [row.id, ...ids];
  const number = index + 1;
  return (
    <>
      <tr className={error !== undefined ? 'hw-table__row--failing' : undefined}>
        <th scope="row" className="hw-table__id hw-table__text">
          {number}
        </th>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-id`}>
            {format(t.hwConsoleIdOf, { row: number })}
          </label>
          <select
            id={`${id}-id`}
            className="hw-select hw-select--mono"
            value={row.id}
            aria-invalid={error !== undefined ? true : undefined}
            aria-describedby={error !== undefined ? `${id}-error` : undefined}
            onChange={(event) => onChange(event.target.value)}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </td>
        <td className="hw-table__text">
          {row.kind === 'serial' ? t.hwConsoleKindSerial : t.hwConsoleKindVirtio}
        </td>
        <td className="hw-table__text">
          <code>/dev/{guestDevice(rows, index, mainSerial)}</code>
        </td>
        <td className="hw-table__end">
          <button
            type="button"
            className="button button--quiet button--danger"
            aria-label={format(t.hwConsoleRemoveNamed, { row: number, id: row.id })}
            onClick={onRemove}
          >
            {t.hwConsoleRemove}
          </button>
        </td>
      </tr>
      {error !== undefined && (
        <tr className="hw-table__problems">
          <td />
          <td colSpan={4}>
            <p id={`${id}-error`} className="hw-field__error">
              <ErrorIcon />
              <span>
                {format(t.hwProblemField, { field: format(t.hwConsoleRow, { row: number }), message: error })}
              </span>
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
