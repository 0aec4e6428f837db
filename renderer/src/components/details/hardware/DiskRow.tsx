import { useId } from 'react';
import type { DiskConfig } from '../../../../../shared/vm-config';
import type { DiskInfo } from '../../../../../shared/vm-details';
import { formatSize } from '../../../../../shared/size';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { busChoices, type DiskBus } from './disk-bus';
import { FieldMessages } from './FieldMessages';

interface DiskRowProps {
  disk: DiskConfig;
  info: DiskInfo | undefined;
  rowError: string | undefined;
  busError: string | undefined;
  canRemove: boolean;
  /** Offered when the disk's size is known and it is writable. */
  onResize?: () => void;
  onChange(patch: Partial<Pick<DiskConfig, 'bus' | 'readOnly'>>): void;
  onRemove(): void;
}

/** One disk: its image and size, its bus and read-only flag (edited in the draft), and Remove. */
export function DiskRow({
  disk,
  info,
  rowError,
  busError,
  canRemove,
  onResize,
  onChange,
  onRemove,
}: DiskRowProps) {
  const t = useMessages();
  const id = useId();
  const ids = { row: { hint: `${id}-rh`, error: `${id}-re` }, bus: { hint: `${id}-bh`, error: `${id}-be` } };
  const choices = busChoices(t);
  return (
    <tr>
      <th scope="row" className="hw-table__id">
        {disk.id}
      </th>
      <td className="hw-table__path">
        <code>{disk.path}</code>
        <span className="hw-table__meta">
          <span>{disk.format}</span>
          <span>{sizeText(t, info)}</span>
          {disk.managed && <span className="hw-tag">{t.hwDiskManaged}</span>}
        </span>
        {info?.problem && <p className="hw-field__hint">{info.problem}</p>}
        <FieldMessages ids={ids.row} error={rowError} />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-bus`}>
          {format(t.hwDiskBusOf, { disk: disk.id })}
        </label>
        <select
          id={`${id}-bus`}
          className="hw-select"
          value={disk.bus}
          aria-invalid={busError ? true : undefined}
          aria-describedby={busError ? ids.bus.error : undefined}
          onChange={(event) => {
            const bus = choices.find((choice) => choice.value === event.target.value)?.value;
            if (bus) onChange({ bus: bus satisfies DiskBus });
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <FieldMessages ids={ids.bus} error={busError} />
      </td>
      <td className="hw-table__center">
        <input
          type="checkbox"
          checked={disk.readOnly}
          aria-label={format(t.hwDiskReadOnlyOf, { disk: disk.id })}
          onChange={(event) => onChange({ readOnly: event.target.checked })}
        />
      </td>
      <td className="hw-table__actions">
        {onResize && (
          <button
            type="button"
            className="button"
            aria-label={format(t.hwResizeNamed, { disk: disk.id })}
            onClick={onResize}
          >
            {t.hwResize}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          disabled={!canRemove}
          aria-label={format(t.hwDiskRemoveNamed, { disk: disk.id })}
          onClick={onRemove}
        >
          {t.hwDiskRemove}
        </button>
      </td>
    </tr>
  );

  function sizeText(messages: typeof t, found: DiskInfo | undefined): string {
    if (!found || found.virtualSizeBytes === null) return messages.hwDiskSizeUnknown;
    if (found.actualSizeBytes === null) return formatSize(found.virtualSizeBytes);
    return format(messages.hwDiskSize, {
      virtual: formatSize(found.virtualSizeBytes),
      actual: formatSize(found.actualSizeBytes),
    });
  }
}
