import { useId, useRef } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { bootRows, moveBootRow, setBootIncluded } from './boot-order';
import { deviceDetail, deviceLabel } from './device-label';
import { FieldMessages } from './FieldMessages';
import type { SectionProps } from './section-props';

/**
 * The boot order: every bootable device with an include checkbox and Move up / Move down. After a
 * move, focus follows the moved device's button (or its other one, at the top or bottom).
 */
export function BootSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  const list = useRef<HTMLOListElement>(null);
  const rows = bootRows(draft);
  const error = errors['bootOrder'];
  const base = useId();
  const errorIds = { hint: `${base}-hint`, error: `${base}-error` };
  const upId = `${base}-up`;
  const downId = `${base}-down`;

  const move = (index: number, delta: -1 | 1, id: string) => {
    update((d) => ({ ...d, boot: moveBootRow(d, index, delta) }));
    requestAnimationFrame(() => {
      const row = list.current?.querySelector(`[data-device="${CSS.escape(id)}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`button[data-move="${delta}"]:enabled`);
      (same ?? row?.querySelector<HTMLButtonElement>('button:enabled'))?.focus();
    });
  };

  if (rows.length === 0) return <p className="hw-note">{t.hwBootNoDevices}</p>;
  return (
    <>
      <p className="hw-note">{t.hwBootIntro}</p>
      {draft.kernel.enabled && <p className="hw-callout">{t.hwBootKernelOn}</p>}
      <ol className="hw-boot" ref={list} aria-describedby={error ? errorIds.error : undefined}>
        {rows.map((row, index) => {
          const name = deviceLabel(t, row.kind, row.id);
          const checkboxId = `${base}-${row.id}`;
          const nameId = `${checkboxId}-name`;
          return (
            <li key={row.id} className="hw-boot__row" data-device={row.id}>
              <span className="hw-boot__position" aria-hidden="true">
                {index + 1}
              </span>
              <input
                id={checkboxId}
                type="checkbox"
                checked={row.included}
                onChange={(event) =>
                  update((d) => ({ ...d, boot: setBootIncluded(d, row.id, event.target.checked) }))
                }
              />
              <label htmlFor={checkboxId} className="hw-boot__label">
                <span className="hw-boot__name" id={nameId}>
                  {name}
                </span>
                <span className="hw-boot__detail">{deviceDetail(t, draft, row.kind, row.id)}</span>
              </label>
              <button
                type="button"
                className="button"
                data-move="-1"
                disabled={index === 0}
                aria-labelledby={`${upId}-${row.id} ${nameId}`}
                onClick={() => move(index, -1, row.id)}
              >
                <span id={`${upId}-${row.id}`}>{t.hwMoveUp}</span>
              </button>
              <button
                type="button"
                className="button"
                data-move="1"
                disabled={index === rows.length - 1}
                aria-labelledby={`${downId}-${row.id} ${nameId}`}
                onClick={() => move(index, 1, row.id)}
              >
                <span id={`${downId}-${row.id}`}>{t.hwMoveDown}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {!rows.some((row) => row.included) && (
        <p className="hw-callout hw-callout--warning">{t.hwBootNoneTicked}</p>
      )}
      <FieldMessages ids={errorIds} error={error} />
    </>
  );
}
