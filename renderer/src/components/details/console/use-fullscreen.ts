import { useCallback, useEffect, useState, type RefObject } from 'react';

/** The Fullscreen API on one element: whether it is fullscreen now, and a toggle. */
export function useFullscreen(element: RefObject<HTMLElement | null>, onError: (error: unknown) => void) {
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const changed = () =>
      setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, [element]);

  const toggle = useCallback(() => {
    const target = element.current;
    if (!target) return;
    const request =
      document.fullscreenElement === target ? document.exitFullscreen() : target.requestFullscreen();
    request.catch(onError);
  }, [element, onError]);

  return { fullscreen, toggle };
}
