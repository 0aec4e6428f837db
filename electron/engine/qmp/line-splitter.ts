/**
 * Splits a byte stream into lines (QMP frames end in "\r\n"). Partial lines wait for more data;
 * a line longer than maxLineBytes is dropped whole (reported once) so a misbehaving peer cannot
 * grow our buffer without bound.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private discarding = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOverflow: (bytes: number) => void,
    private readonly maxLineBytes = 16 * 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a, start); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      this.append(chunk.subarray(start, newline));
      this.flushLine();
      start = newline + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }

  private append(piece: Buffer): void {
    if (this.discarding || piece.length === 0) return;
    if (this.pendingBytes + piece.length > this.maxLineBytes) {
      this.onOverflow(this.pendingBytes + piece.length);
      this.pending = [];
      this.pendingBytes = 0;
      this.discarding = true;
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.length;
  }

  private flushLine(): void {
    const wasDiscarding = this.discarding;
    this.discarding = false;
    if (wasDiscarding) return;
    const line = Buffer.concat(this.pending, this.pendingBytes).toString('utf8').replace(/\r$/, '');
    this.pending = [];
    this.pendingBytes = 0;
    if (line.trim().length > 0) this.onLine(line);
  }
}
