import { useId } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { ForwardRow } from './draft';
import { ErrorIcon } from './ErrorIcon';

type Column = 'protocol' | 'hostAddress' | 'hostPort' | 'guestPort';
const textColumns = ['hostAddress', 'hostPort', 'guestPort'] as const;
const columns = ['protocol', ...textColumns] as const;

interface ForwardTableRowProps {
  row: ForwardRow;
  index: number;
  errors: Readonly<Record<string, string>>;
  onChange(patch: Partial<ForwardRow>): void;
  onRemove(): void;
}

/**
 * One port-forward rule; each input is named "<column>, rule N". The rule's problems are listed in
 * a full-width line under it (the cells are too narrow for sentences), each one tied to its input
 * by aria-describedby.
 */
export function ForwardTableRow({ row, index, errors, onChange, onRemove }: ForwardTableRowProps) {
  const t = useMessages();
  const id = useId();
  const at = `network.forwards.${index}`;
  const names: Record<Column, string> = {
    protocol: t.hwForwardProtocol,
    hostAddress: t.hwForwardHostAddress,
    hostPort: t.hwForwardHostPort,
    guestPort: t.hwForwardGuestPort,
  };
  const errorOf = (column: Column) => errors[`${at}.${column}`];
  const control = (column: Column) => ({
    id: `${id}-${column}`,
    'aria-invalid': errorOf(column) !== undefined ? true : undefined,
    'aria-describedby': errorOf(column) !== undefined ? `${id}-${column}-error` : undefined,
  });
  const label = (column: Column) => (
    <label className="visually-hidden" htmlFor={`${id}-${column}`}>
      {format(t.hwForwardCell, { column: names[column], row: index + 1 })}
    </label>
  );
  const failing = columns.filter((column) => errorOf(column) !== undefined);

  return (
    <>
      <tr className={failing.length > 0 ? 'hw-table__row--failing' : undefined}>
        <th scope="row" className="hw-table__id">
          {index + 1}
        </th>
        <td>
          {label('protocol')}
          <select
            className="hw-select"
            value={row.protocol}
            onChange={(event) => onChange({ protocol: event.target.value === 'udp' ? 'udp' : 'tcp' })}
            {...control('protocol')}
          >
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
          </select>
        </td>
        {textColumns.map((column) => (
          <td key={column}>
            {label(column)}
            <input
              type="text"
              data-field={column}
              inputMode={column === 'hostAddress' ? 'decimal' : 'numeric'}
              autoComplete="off"
              spellCheck={false}
              className={`hw-input ${column === 'hostAddress' ? 'hw-input--address' : 'hw-input--port'}`}
              value={row[column]}
              onChange={(event) => onChange({ [column]: event.target.value })}
              {...control(column)}
            />
          </td>
        ))}
        <td className="hw-table__end">
          <button
            type="button"
            className="button button--quiet button--danger"
            aria-label={format(t.hwForwardRemoveNamed, { row: index + 1 })}
            onClick={onRemove}
          >
            {t.hwForwardRemove}
          </button>
        </td>
      </tr>
      {failing.length > 0 && (
        <tr className="hw-table__problems">
          <td />
          <td colSpan={5}>
            {failing.map((column) => (
              <p key={column} id={`${id}-${column}-error`} className="hw-field__error">
                <ErrorIcon />
                <span>
                  {format(t.hwProblemField, { field: names[column], message: errorOf(column) ?? '' })}
                </span>
              </p>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
