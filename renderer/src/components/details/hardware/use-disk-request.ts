import { useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { useAppStore } from '../../../store/store-context';
import { engineIssues } from './issue-fields';

type Saved = { status: VmStatus; config: VmConfig };

/**
 * Runs a disk request (vm.addDisk, vm.removeDisk). Field issues come back by the last part of their
 * path ("path", "sizeBytes"; "" for none) for the form to show; other failures go to the app's errors.
 */
export function useDiskRequest(uuid: string, onSaved: (saved: Saved) => void) {
  const reportError = useAppStore((state) => state.reportError);
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<Readonly<Record<string, string>>>({});

  const run = async (request: () => Promise<Saved>): Promise<boolean> => {
    setBusy(true);
    setIssues({});
    try {
      onSaved(await request());
      return true;
    } catch (error) {
      const found = engineIssues(error);
      if (found) {
        setIssues(Object.fromEntries(found.map((issue) => [issue.path.at(-1) ?? '', issue.message])));
      } else reportError(error, uuid);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, issues, run, clearIssues: () => setIssues({}) };
}
