import { useCallback, useEffect, useRef, useState } from 'react';

/** A short confirmation ("Sent Ctrl+Alt+Del") for a polite live region; it fades after a while. */
export function useStatusMessage(lifetimeMs = 4000) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const show = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      setMessage(text);
      timer.current = setTimeout(() => setMessage(''), lifetimeMs);
    },
    [lifetimeMs],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { message, show };
}
