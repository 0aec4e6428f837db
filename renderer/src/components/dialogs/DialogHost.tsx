import { useEffect } from 'react';
import { isOperationAllowed } from '../../../../shared/vm-state';
import { useAppStore } from '../../store/store-context';
import { CloneDialog } from './CloneDialog';
import { DeleteDialog } from './DeleteDialog';
import { ExportDialog } from './ExportDialog';
import { ForceOffDialog } from './ForceOffDialog';

const dialogs = { forceOff: ForceOffDialog, delete: DeleteDialog, clone: CloneDialog, export: ExportDialog };

/**
 * The one dialog the toolbar, the context menu or a key asked for. It goes when its VM does, or
 * when the VM's state no longer allows what it would confirm (the VM stopped meanwhile).
 */
export function DialogHost() {
  const dialog = useAppStore((state) => state.dialog);
  const setDialog = useAppStore((state) => state.setDialog);
  const vm = useAppStore((state) => state.vms.find((v) => v.uuid === dialog?.uuid));
  const stale =
    dialog !== null &&
    (vm === undefined ||
      (dialog.kind !== 'clone' && dialog.kind !== 'export' && !isOperationAllowed(vm.state, dialog.kind)));
  useEffect(() => {
    if (stale) setDialog(null);
  }, [stale, setDialog]);
  if (!dialog || !vm || stale) return null;
  const Dialog = dialogs[dialog.kind];
  return <Dialog key={`${dialog.kind}:${vm.uuid}`} vm={vm} onClose={() => setDialog(null)} />;
}
