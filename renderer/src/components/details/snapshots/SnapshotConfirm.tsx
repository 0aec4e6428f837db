import type { Snapshot } from '../../../../../shared/snapshots';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { ConfirmDialog } from '../../dialogs/ConfirmDialog';

interface Props {
  action: 'revert' | 'delete';
  snapshot: Snapshot;
  vmName: string;
  running: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Says what a revert loses (or what a delete removes) before doing it. */
export function SnapshotConfirm({ action, snapshot, vmName, running, onConfirm, onCancel }: Props) {
  const t = useMessages();
  const values = { name: snapshot.name, vm: vmName };
  const body =
    action === 'delete'
      ? format(t.snDeleteBody, values)
      : format(
          snapshot.withMemory
            ? running
              ? t.snRevertBodyRunning
              : t.snRevertBodyResume
            : t.snRevertBodyDisks,
          values,
        );
  return (
    <ConfirmDialog
      title={format(action === 'revert' ? t.snRevertTitle : t.snDeleteTitle, values)}
      body={body}
      confirmLabel={action === 'revert' ? t.snRevert : t.snDelete}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
