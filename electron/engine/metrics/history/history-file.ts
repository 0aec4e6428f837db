import { open, readFile, rename, stat, truncate } from 'node:fs/promises';
import type { Columns } from './column-ring';

const MAGIC = 0x31484d56; // "VMH1"
const HEADER_BYTES = 16;
/** A file may grow this far past its capacity before it is rewritten with the newest records. */
const SLACK = 1.25;

interface FileRecord {
  t: number;
  values: ArrayLike<number>;
}

/**
 * One downsampled tier of a history on disk: a 16-byte header, then fixed-size records (float64
 * epoch ms, then one float32 per series; NaN is "no value"). Appended with a data sync per flush;
 * a torn last record (a crash mid-append) is cut off when the file is next opened, so a crash loses
 * at most the last flush, never the file. Past its capacity the file is rewritten with the newest
 * records (temp + fsync + rename), so it stays bounded.
 */
export class HistoryFile {
  readonly recordBytes: number;
  private pending: FileRecord[] = [];
  private chain: Promise<void> = Promise.resolve();
  /** Records in the file; undefined until the file has been checked. */
  private records: number | undefined;

  constructor(
    readonly path: string,
    readonly fieldCount: number,
    readonly stepMs: number,
    readonly capacity: number,
  ) {
    this.recordBytes = 8 + 4 * fieldCount;
  }

  append(t: number, values: ArrayLike<number>): void {
    this.pending.push({ t, values: Array.from(values) });
  }

  /** Writes what was appended. A failure (the VM's folder deleted meanwhile) drops it. */
  flush(): Promise<void> {
    this.chain = this.chain
      .then(() => this.write())
      .catch(() => {
        this.records = undefined;
      });
    return this.chain;
  }

  /** Records with from ≤ t (written and pending), oldest first, one per time. */
  async read(from: number): Promise<Columns> {
    await this.chain;
    const stored = await this.readStored().catch(() => []);
    const out: Columns = { t: [], values: Array.from({ length: this.fieldCount }, () => []) };
    for (const record of [...stored, ...this.pending]) {
      if (record.t < from) continue;
      const last = out.t.length - 1;
      // A bucket written again after a restart replaces the earlier, partial one.
      if (last >= 0 && record.t <= (out.t[last] as number)) {
        if (record.t < (out.t[last] as number)) continue;
        out.t.pop();
        for (const column of out.values) column.pop();
      }
      out.t.push(record.t);
      for (let f = 0; f < this.fieldCount; f++) out.values[f]?.push(record.values[f] ?? NaN);
    }
    return out;
  }

  private async write(): Promise<void> {
    if (this.pending.length === 0) return;
    const records = this.records ?? (await this.check());
    const batch = this.pending;
    this.pending = [];
    if (records + batch.length > this.capacity * SLACK) {
      const kept = (await this.readStored()).slice(-Math.max(0, this.capacity - batch.length));
      await this.rewrite([...kept, ...batch]);
      this.records = kept.length + batch.length;
      return;
    }
    const handle = await open(this.path, 'a', 0o600);
    try {
      const header = records === 0 && (await handle.stat()).size === 0 ? this.header() : Buffer.alloc(0);
      await handle.write(Buffer.concat([header, this.encode(batch)]));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.records = records + batch.length;
  }

  /** Counts the records, cutting off a torn tail; a foreign or damaged header starts the file afresh. */
  private async check(): Promise<number> {
    const size = await stat(this.path).then(
      (s) => s.size,
      () => 0,
    );
    if (size === 0) return 0;
    const head = size >= HEADER_BYTES ? await readHead(this.path) : undefined;
    if (!head || !this.headerMatches(head)) {
      await this.rewrite([]);
      return 0;
    }
    const whole = Math.floor((size - HEADER_BYTES) / this.recordBytes);
    if (HEADER_BYTES + whole * this.recordBytes !== size)
      await truncate(this.path, HEADER_BYTES + whole * this.recordBytes);
    return whole;
  }

  private async readStored(): Promise<FileRecord[]> {
    const bytes = await readFile(this.path);
    if (bytes.length < HEADER_BYTES || !this.headerMatches(bytes)) return [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out: FileRecord[] = [];
    for (let at = HEADER_BYTES; at + this.recordBytes <= bytes.length; at += this.recordBytes) {
      const values = new Array<number>(this.fieldCount);
      for (let f = 0; f < this.fieldCount; f++) values[f] = view.getFloat32(at + 8 + 4 * f, true);
      out.push({ t: view.getFloat64(at, true), values });
    }
    return out;
  }

  private async rewrite(records: FileRecord[]): Promise<void> {
    const temp = `${this.path}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.write(Buffer.concat([this.header(), this.encode(records)]));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.path);
  }

  private header(): Buffer {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(this.fieldCount, 4);
    header.writeUInt32LE(this.stepMs, 8);
    return header;
  }

  private headerMatches(bytes: Buffer): boolean {
    return (
      bytes.readUInt32LE(0) === MAGIC &&
      bytes.readUInt32LE(4) === this.fieldCount &&
      bytes.readUInt32LE(8) === this.stepMs
    );
  }

  private encode(records: FileRecord[]): Buffer {
    const buffer = Buffer.alloc(records.length * this.recordBytes);
    records.forEach((record, i) => {
      const at = i * this.recordBytes;
      buffer.writeDoubleLE(record.t, at);
      for (let f = 0; f < this.fieldCount; f++) buffer.writeFloatLE(record.values[f] ?? NaN, at + 8 + 4 * f);
    });
    return buffer;
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    await handle.read(head, 0, HEADER_BYTES, 0);
    return head;
  } finally {
    await handle.close();
  }
}
