import type RFB from '@novnc/novnc';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { XK } from './keysyms';

const modifierKeysyms: Readonly<Record<string, number>> = {
  ControlLeft: XK.ControlLeft,
  ControlRight: XK.ControlRight,
  AltLeft: XK.AltLeft,
  AltRight: XK.AltRight,
};

const isModifier = (event: KeyboardEvent) => event.key === 'Control' || event.key === 'Alt';

/**
 * The keyboard grab: keys go to the guest while noVNC's canvas has focus (a click or Tab gives it
 * focus). Ctrl and Alt held together release it, as in virt-manager: the second of them never
 * reaches the guest, the first is let go there, and focus moves to the screen's region.
 */
export function useKeyboardGrab(region: RefObject<HTMLElement | null>, rfb: RFB | null) {
  const [grabbed, setGrabbed] = useState(false);
  /** Ctrl and Alt keys the guest saw go down (by KeyboardEvent.code). */
  const held = useRef(new Set<string>());

  const release = useCallback(() => {
    if (!rfb) return;
    rfb.blur();
    // noVNC lets go of pressed keys only when the window loses focus, not the canvas.
    for (const code of held.current) {
      const keysym = modifierKeysyms[code];
      if (keysym !== undefined) rfb.sendKey(keysym, code, false);
    }
    held.current.clear();
    region.current?.focus();
  }, [region, rfb]);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const onCanvas = (event: Event) => event.target instanceof HTMLCanvasElement;
    const focusIn = (event: FocusEvent) => setGrabbed(onCanvas(event));
    const focusOut = (event: FocusEvent) => {
      if (onCanvas(event)) setGrabbed(false);
    };
    const keyDown = (event: KeyboardEvent) => {
      if (!onCanvas(event) || !isModifier(event)) return;
      if (event.ctrlKey && event.altKey) {
        event.preventDefault();
        event.stopImmediatePropagation();
        release();
      } else {
        held.current.add(event.code);
      }
    };
    const keyUp = (event: KeyboardEvent) => {
      if (onCanvas(event)) held.current.delete(event.code);
    };
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    // Capture: seen before noVNC's own listeners on the canvas.
    element.addEventListener('keydown', keyDown, true);
    element.addEventListener('keyup', keyUp, true);
    return () => {
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
      element.removeEventListener('keydown', keyDown, true);
      element.removeEventListener('keyup', keyUp, true);
    };
  }, [region, release]);

  // A session that ends takes its canvas (and the grab) with it.
  useEffect(() => {
    if (!rfb) setGrabbed(false);
  }, [rfb]);

  return { grabbed, release };
}
