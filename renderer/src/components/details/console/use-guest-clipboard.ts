import { useCallback, useState } from 'react';

/**
 * Text the guest copied goes onto this computer's clipboard. When the browser refuses (no
 * permission, the window not focused), the text is kept for the Guest clipboard popover instead.
 */
export function useGuestClipboard() {
  const [shown, setShown] = useState<string | null>(null);

  const received = useCallback((text: string) => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setShown(text);
      return;
    }
    clipboard.writeText(text).then(
      () => setShown(null),
      () => setShown(text),
    );
  }, []);

  const dismiss = useCallback(() => setShown(null), []);
  return { shown, received, dismiss };
}
