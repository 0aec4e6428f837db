import { useId, useRef } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { addConsole, canAddConsole, MAX_EXTRA_CONSOLES } from './consoles';
import type { ConsoleKind, ConsoleRow } from './draft';
import { ConsoleTableRow } from './ConsoleTableRow';
import { FieldMessages } from './FieldMessages';

interface ConsoleTableProps {
  rows: readonly ConsoleRow[];
  /** serial0 is on: the extra serial ports come after it in the guest. */
  mainSerial: boolean;
  errors: Readonly<Record<string, string>>;
  onChange(rows: ConsoleRow[]): void;
}

const kinds: readonly ConsoleKind[] = ['serial', 'virtio'];

/** The extra text consoles: a row per console, Add serial port / Add virtio console, Remove. */
export function ConsoleTable({ rows, mainSerial, errors, onChange }: ConsoleTableProps) {
  const t = useMessages();
  const headingId = useId();
  const frame = useRef<HTMLElement>(null);

  const add = (kind: ConsoleKind) => {
    onChange(addConsole(rows, kind));
    // The new console's id: what the user may want to change next.
    requestAnimationFrame(() =>
      frame.current?.querySelector<HTMLElement>('tbody tr:last-child select')?.focus(),
    );
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, at) => at !== index));
    requestAnimationFrame(() => {
      const buttons = frame.current?.querySelectorAll<HTMLButtonElement>('tbody button');
      (
        buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ??
        frame.current?.querySelector<HTMLButtonElement>('.hw-actions button:enabled')
      )?.focus();
    });
  };

  return (
    <section className="hw-forwards" aria-labelledby={headingId} ref={frame}>
      <h4 id={headingId} className="hw-subheading">
        {t.hwConsoles}
      </h4>
      <p className="hw-note">{format(t.hwConsolesIntro, { max: MAX_EXTRA_CONSOLES })}</p>
      {rows.length === 0 ? (
        <p className="hw-muted">{t.hwConsolesNone}</p>
      ) : (
        <div className="hw-table__frame">
          <table className="hw-table hw-table--form" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.hwConsoleColumnId}</th>
                <th scope="col">{t.hwConsoleColumnKind}</th>
                <th scope="col">{t.hwConsoleColumnGuest}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.hwDisksColumnActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <ConsoleTableRow
                  key={row.key}
                  rows={rows}
                  index={index}
                  mainSerial={mainSerial}
                  error={errors[`extraConsoles.${index}.id`]}
                  onChange={(id) => onChange(rows.map((r, at) => (at === index ? { ...r, id } : r)))}
                  onRemove={() => remove(index)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FieldMessages
        ids={{ hint: `${headingId}-hint`, error: `${headingId}-error` }}
        error={errors['extraConsoles']}
      />
      {rows.length > 0 && <p className="hw-note">{t.hwConsolesGuest}</p>}
      <div className="hw-actions">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={!canAddConsole(rows, kind)}
            onClick={() => add(kind)}
          >
            {kind === 'serial' ? t.hwConsoleAddSerial : t.hwConsoleAddVirtio}
          </button>
        ))}
      </div>
    </section>
  );
}
