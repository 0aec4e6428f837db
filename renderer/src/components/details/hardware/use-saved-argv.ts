import { useEffect, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import { useAppStore } from '../../../store/store-context';

/** The command line of the saved config (vm.previewArgs without changes), to mark what edits change. */
export function useSavedArgv(uuid: string, baseline: VmConfig | null): string[] | null {
  const client = useAppStore((state) => state.client);
  const [argv, setArgv] = useState<{ for: VmConfig; argv: string[] } | null>(null);
  useEffect(() => {
    if (baseline === null) return;
    let current = true;
    client.invoke('vm.previewArgs', { vm: uuid, changes: {} }).then(
      (answer) => {
        if (current) setArgv({ for: baseline, argv: answer.argv });
      },
      // Without it nothing is marked; the preview itself reports its own failures.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, uuid, baseline]);
  return argv !== null && argv.for === baseline ? argv.argv : null;
}
