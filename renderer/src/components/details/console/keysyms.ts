/** X11 keysyms the console sends itself (noVNC's keysymdef.js has them all). */
export const XK = {
  Return: 0xff0d,
  Tab: 0xff09,
  ShiftLeft: 0xffe1,
  ControlLeft: 0xffe3,
  ControlRight: 0xffe4,
  AltLeft: 0xffe9,
  AltRight: 0xffea,
} as const;

/** One key to type: its keysym, and whether a US keyboard needs Shift held for it. */
export interface TypedKey {
  keysym: number;
  shift: boolean;
}

const shifted = new Set('~!@#$%^&*()_+{}|:"<>?');

/**
 * The keysym of one character: Latin-1 is its own code point, anything else 0x01000000 + code
 * point; Enter and Tab are the keys'. Other control characters type nothing (undefined).
 */
export function typedKey(char: string): TypedKey | undefined {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return undefined;
  if (char === '\n') return { keysym: XK.Return, shift: false };
  if (char === '\t') return { keysym: XK.Tab, shift: false };
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return undefined;
  const keysym = codePoint <= 0xff ? codePoint : 0x01000000 + codePoint;
  // QEMU maps keysyms to scancodes without adding Shift: press it for what needs it on en-us.
  const shift = (char >= 'A' && char <= 'Z') || shifted.has(char);
  return { keysym, shift };
}

/** Every key of a text, line ends (CRLF, CR, LF) as one Enter each. */
export function typedKeys(text: string): TypedKey[] {
  const keys: TypedKey[] = [];
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const key = typedKey(char);
    if (key) keys.push(key);
  }
  return keys;
}
