import { useId, useRef } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import type { ForwardRow } from './draft';
import { FieldMessages } from './FieldMessages';
import { ForwardTableRow } from './ForwardTableRow';
import { newForwardRow } from './forwards';

interface ForwardTableProps {
  rows: readonly ForwardRow[];
  errors: Readonly<Record<string, string>>;
  onChange(rows: ForwardRow[]): void;
}

/** The port-forward rules: a row per rule, each field checked as typed; add and remove rules. */
export function ForwardTable({ rows, errors, onChange }: ForwardTableProps) {
  const t = useMessages();
  const headingId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const tableError = errors['network.forwards'];

  const add = () => {
    onChange([...rows, newForwardRow()]);
    // The new rule's host-port field: what the user types next.
    requestAnimationFrame(() =>
      frame.current
        ?.querySelector<HTMLInputElement>('tbody tr:last-child input[data-field="hostPort"]')
        ?.focus(),
    );
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, at) => at !== index));
    requestAnimationFrame(() => {
      const buttons = frame.current?.querySelectorAll<HTMLButtonElement>('tbody button');
      (
        buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ??
        frame.current?.querySelector<HTMLButtonElement>('button.hw-forwards__add')
      )?.focus();
    });
  };

  return (
    <section className="hw-forwards" aria-labelledby={headingId} ref={frame}>
      <h4 id={headingId} className="hw-subheading">
        {t.hwForwards}
      </h4>
      <p className="hw-note">
        {t.hwForwardsIntro} {t.hwForwardsLive}
      </p>
      {rows.length === 0 ? (
        <p className="hw-muted">{t.hwForwardsNone}</p>
      ) : (
        <div className="hw-table__frame">
          <table className="hw-table hw-table--form" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.hwForwardProtocol}</th>
                <th scope="col">{t.hwForwardHostAddress}</th>
                <th scope="col">{t.hwForwardHostPort}</th>
                <th scope="col">{t.hwForwardGuestPort}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.hwDisksColumnActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <ForwardTableRow
                  key={row.key}
                  row={row}
                  index={index}
                  errors={errors}
                  onChange={(patch) => onChange(rows.map((r, at) => (at === index ? { ...r, ...patch } : r)))}
                  onRemove={() => remove(index)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FieldMessages ids={{ hint: `${headingId}-hint`, error: `${headingId}-error` }} error={tableError} />
      <div className="hw-actions">
        <button type="button" className="button hw-forwards__add" onClick={add}>
          {t.hwForwardAdd}
        </button>
      </div>
    </section>
  );
}
