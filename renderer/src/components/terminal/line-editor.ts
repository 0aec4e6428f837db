/** What feeding keystrokes to the editor gives: text to echo, and a line when Enter was pressed. */
export interface EditResult {
  /** Escape sequences and text that redraw the line. */
  echo: string;
  /** The line entered with Enter, if any; input after it is left in `rest`. */
  submitted?: string;
  /** Ctrl+C dropped the line: the caller shows a fresh prompt. */
  cancelled?: boolean;
  /** Input after the submitted line, to feed once the caller is ready for it (a pasted block). */
  rest: string;
}

const ESC = '\x1b';

/** Display columns of a character: 2 for East Asian wide ones and emoji, else 1. */
export function charColumns(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** The escape sequence starting at `at`: CSI (ESC [ params final), SS3 (ESC O x), or ESC and one key. */
export function escapeSequenceAt(data: string, at: number): string {
  const kind = data[at + 1];
  if (kind === '[') {
    let end = at + 2;
    while (end < data.length && /[0-9;?]/.test(data[end] ?? '')) end++;
    return data.slice(at, Math.min(end + 1, data.length));
  }
  return data.slice(at, at + (kind === undefined ? 1 : kind === 'O' ? 3 : 2));
}

const columns = (chars: readonly string[]) => chars.reduce((sum, c) => sum + charColumns(c), 0);

/**
 * A one-line editor with history over a terminal's keystrokes (xterm's onData): printable text,
 * Backspace/Delete, Left/Right/Home/End (and Ctrl+A/E), Ctrl+U/K, Ctrl+C, Ctrl+L, Up/Down through
 * earlier lines. The line is kept as code points so the cursor never splits a character.
 */
export class LineEditor {
  private chars: string[] = [];
  private cursor = 0;
  private readonly history: string[] = [];
  private historyIndex = 0;
  private draft: string[] = [];

  constructor(
    readonly prompt: string,
    private readonly maxHistory = 500,
  ) {}

  get line(): string {
    return this.chars.join('');
  }

  get entries(): readonly string[] {
    return this.history;
  }

  feed(data: string): EditResult {
    let echo = '';
    let changed = false;
    let i = 0;
    while (i < data.length) {
      const char = data[i] ?? '';
      if (char === ESC) {
        const sequence = escapeSequenceAt(data, i);
        changed = this.key(sequence) || changed;
        i += sequence.length;
        continue;
      }
      if (char === '\r' || char === '\n') {
        const skip = char === '\r' && data[i + 1] === '\n' ? 2 : 1;
        const submitted = this.submit();
        return {
          echo: echo + (changed ? this.redraw() : '') + '\r\n',
          submitted,
          rest: data.slice(i + skip),
        };
      }
      if (char === '\x03') {
        const shown = changed ? this.redraw() : '';
        this.reset();
        return { echo: `${echo}${shown}^C\r\n`, cancelled: true, rest: data.slice(i + 1) };
      }
      if (char === '\x0c') {
        echo += '\x1b[2J\x1b[3J\x1b[H';
        changed = true;
        i++;
        continue;
      }
      const point = String.fromCodePoint(data.codePointAt(i) ?? 0);
      changed = this.key(point) || changed;
      i += point.length;
    }
    return { echo: echo + (changed ? this.redraw() : ''), rest: '' };
  }

  /** The prompt and the line as they are, cursor placed: to show after output. */
  redraw(): string {
    const back = columns(this.chars.slice(this.cursor));
    return `\r${ESC}[K${this.prompt}${this.line}${back > 0 ? `${ESC}[${back}D` : ''}`;
  }

  private key(key: string): boolean {
    switch (key) {
      case '\x7f':
      case '\b':
        if (this.cursor === 0) return false;
        this.chars.splice(--this.cursor, 1);
        return true;
      case `${ESC}[3~`:
        if (this.cursor >= this.chars.length) return false;
        this.chars.splice(this.cursor, 1);
        return true;
      case `${ESC}[D`:
      case `${ESC}OD`:
        return this.moveTo(this.cursor - 1);
      case `${ESC}[C`:
      case `${ESC}OC`:
        return this.moveTo(this.cursor + 1);
      case '\x01':
      case `${ESC}[H`:
      case `${ESC}OH`:
      case `${ESC}[1~`:
        return this.moveTo(0);
      case '\x05':
      case `${ESC}[F`:
      case `${ESC}OF`:
      case `${ESC}[4~`:
        return this.moveTo(this.chars.length);
      case '\x15':
        this.chars.splice(0, this.cursor);
        this.cursor = 0;
        return true;
      case '\x0b':
        this.chars.length = this.cursor;
        return true;
      case `${ESC}[A`:
      case `${ESC}OA`:
        return this.recall(this.historyIndex - 1);
      case `${ESC}[B`:
      case `${ESC}OB`:
        return this.recall(this.historyIndex + 1);
      default:
        // Other control characters and escape sequences (Tab, F-keys…) do nothing.
        if (key.length === 0 || key.startsWith(ESC) || (key.codePointAt(0) ?? 0) < 0x20) return false;
        this.chars.splice(this.cursor++, 0, key);
        return true;
    }
  }

  private moveTo(position: number): boolean {
    const next = Math.max(0, Math.min(this.chars.length, position));
    if (next === this.cursor) return false;
    this.cursor = next;
    return true;
  }

  private recall(index: number): boolean {
    if (index < 0 || index > this.history.length || index === this.historyIndex) return false;
    if (this.historyIndex === this.history.length) this.draft = this.chars;
    this.historyIndex = index;
    this.chars = index === this.history.length ? this.draft : [...(this.history[index] ?? '')];
    this.cursor = this.chars.length;
    return true;
  }

  private submit(): string {
    const line = this.line;
    if (line.trim() !== '' && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > this.maxHistory) this.history.shift();
    }
    this.reset();
    return line;
  }

  private reset(): void {
    this.chars = [];
    this.draft = [];
    this.cursor = 0;
    this.historyIndex = this.history.length;
  }
}
