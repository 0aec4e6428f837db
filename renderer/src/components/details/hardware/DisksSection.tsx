import { useId, useRef, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import type { DiskInfo } from '../../../../../shared/vm-details';
import { useMessages } from '../../../i18n/use-messages';
import { AddExistingDiskForm } from './AddExistingDiskForm';
import { AddNewDiskForm } from './AddNewDiskForm';
import { DiskRow } from './DiskRow';
import { FieldMessages } from './FieldMessages';
import { RemoveDiskDialog } from './RemoveDiskDialog';
import { ResizeDiskDialog } from './ResizeDiskDialog';
import type { SectionProps } from './section-props';
import type { DiskInfoState } from './use-disk-info';

interface DisksSectionProps extends SectionProps {
  uuid: string;
  /** Disks are added and removed only while the VM is stopped. */
  canAddRemove: boolean;
  /** The VM runs: a disk added or removed now is hot-plugged (virtio only). */
  hotplug: boolean;
  diskInfo: DiskInfoState;
  freeDiskBytes: number | null;
  nativePicker: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/** The disk table (bus and read-only edited in the draft), with Add new / Add existing / Remove. */
export function DisksSection(props: DisksSectionProps) {
  const { draft, update, errors, uuid, canAddRemove, hotplug, diskInfo } = props;
  const t = useMessages();
  const section = useRef<HTMLDivElement>(null);
  const messagesId = useId();
  const [adding, setAdding] = useState<'new' | 'existing' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const removingDisk = draft.disks.find((disk) => disk.id === removing);
  const [resizing, setResizing] = useState<string | null>(null);
  // A resize changes no config, so its new size is kept here until the disks are read again.
  const [resized, setResized] = useState<Record<string, DiskInfo>>({});
  const infos = (diskInfo.kind === 'ready' ? diskInfo.disks : []).map((info) => resized[info.id] ?? info);
  const resizingInfo = infos.find((info) => info.id === resizing);

  const closeDialog = () => {
    setRemoving(null);
    requestAnimationFrame(() => section.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus());
  };
  const formContext = { ...props, onClose: () => setAdding(null) };

  return (
    <div ref={section} className="hw-disks">
      {draft.disks.length === 0 ? (
        <p className="hw-note">{t.hwDisksNone}</p>
      ) : (
        <div className="hw-table__frame">
          <table className="hw-table">
            <thead>
              <tr>
                <th scope="col">{t.hwDisksColumnDevice}</th>
                <th scope="col">{t.hwDisksColumnPath}</th>
                <th scope="col">{t.hwDisksColumnBus}</th>
                <th scope="col">{t.hwDisksColumnReadOnly}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.hwDisksColumnActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.disks.map((disk, index) => (
                <DiskRow
                  key={disk.id}
                  disk={disk}
                  info={infos.find((info) => info.id === disk.id)}
                  rowError={errors[`disks.${index}`] ?? errors[`disks.${index}.readOnly`]}
                  busError={errors[`disks.${index}.bus`]}
                  canRemove={canAddRemove}
                  {...(canAddRemove &&
                  !disk.readOnly &&
                  infos.some((i) => i.id === disk.id && i.virtualSizeBytes !== null)
                    ? { onResize: () => setResizing(disk.id) }
                    : {})}
                  onRemove={() => setRemoving(disk.id)}
                  onChange={(patch) =>
                    update((d) => ({
                      ...d,
                      disks: d.disks.map((x) => (x.id === disk.id ? { ...x, ...patch } : x)),
                    }))
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FieldMessages
        ids={{ hint: `${messagesId}-hint`, error: `${messagesId}-error` }}
        error={errors['disks']}
      />
      {diskInfo.kind === 'failed' && <p className="hw-field__hint">{diskInfo.message}</p>}
      <p className="hw-note">
        {canAddRemove ? (hotplug ? t.hwDisksHotplug : t.hwDisksUnsaved) : t.hwDisksStopFirst}
      </p>
      <div className="hw-actions">
        {(['new', 'existing'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={!canAddRemove}
            aria-expanded={adding === kind}
            onClick={() => setAdding(adding === kind ? null : kind)}
          >
            {kind === 'new' ? t.hwAddNewDisk : t.hwAddExistingDisk}
          </button>
        ))}
      </div>
      {canAddRemove && adding === 'new' && <AddNewDiskForm {...formContext} />}
      {canAddRemove && adding === 'existing' && <AddExistingDiskForm {...formContext} />}
      {removingDisk && (
        <RemoveDiskDialog uuid={uuid} disk={removingDisk} onSaved={props.onSaved} onClose={closeDialog} />
      )}
      {resizingInfo && (
        <ResizeDiskDialog
          uuid={uuid}
          disk={resizingInfo}
          onCancel={() => setResizing(null)}
          onDone={(info) => {
            setResized((before) => ({ ...before, [info.id]: info }));
            setResizing(null);
          }}
        />
      )}
    </div>
  );
}
