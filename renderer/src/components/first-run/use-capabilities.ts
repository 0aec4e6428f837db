import { useCallback, useEffect, useState } from 'react';
import type { Capabilities } from '../../../../shared/capabilities';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';

/**
 * What the engine found on this host: the store's answer from connecting, then `engine.capabilities`
 * again on every `check()` (the user installed QEMU and wants to know).
 */
export function useCapabilities() {
  const client = useAppStore((state) => state.client);
  const fromStore = useAppStore((state) => state.capabilities);
  const [checked, setChecked] = useState<Capabilities | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const check = useCallback(async () => {
    setChecking(true);
    setFailure(null);
    try {
      setChecked(await client.invoke('engine.capabilities', {}));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setChecking(false);
    }
  }, [client]);

  const known = fromStore !== null;
  useEffect(() => {
    if (!known) void check();
  }, [known, check]);

  return { capabilities: checked ?? fromStore, checking, failure, check };
}
