import { typedKeys, XK } from './keysyms';

/** What typing needs of noVNC's RFB. */
export interface KeySink {
  sendKey(keysym: number, code: string | null, down?: boolean): void;
}

const burst = 32;
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

/**
 * Types a text into the guest as key presses (no clipboard agent needed), in short bursts so a
 * slow guest's keyboard buffer keeps up. Resolves with how many keys were typed.
 */
export async function typeText(sink: KeySink, text: string): Promise<number> {
  const keys = typedKeys(text);
  for (const [index, key] of keys.entries()) {
    if (key.shift) sink.sendKey(XK.ShiftLeft, 'ShiftLeft', true);
    // No code: QEMU finds the scancode from the keysym in its keymap.
    sink.sendKey(key.keysym, null);
    if (key.shift) sink.sendKey(XK.ShiftLeft, 'ShiftLeft', false);
    if ((index + 1) % burst === 0) await pause();
  }
  return keys.length;
}
