import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryFile } from './history-file';

const fileIn = () => join(mkdtempSync(join(tmpdir(), 'vireo-history-')), 'metrics-10s.bin');

describe('HistoryFile', () => {
  it('keeps what was flushed, in fixed-size records, and reads pending ones too', async () => {
    const path = fileIn();
    const file = new HistoryFile(path, 2, 10_000, 100);
    file.append(10_000, [1, NaN]);
    file.append(20_000, [2, 0.5]);
    await file.flush();
    file.append(30_000, [3, 4]);
    expect(statSync(path).size).toBe(16 + 2 * file.recordBytes);
    const read = await new HistoryFile(path, 2, 10_000, 100).read(0);
    expect(read.t).toEqual([10_000, 20_000]);
    expect(read.values[1]?.[0]).toBeNaN();
    expect((await file.read(15_000)).t).toEqual([20_000, 30_000]);
  });

  it('cuts a torn last record off and appends after the whole ones', async () => {
    const path = fileIn();
    const file = new HistoryFile(path, 1, 10_000, 100);
    file.append(10_000, [1]);
    await file.flush();
    appendFileSync(path, Buffer.from([1, 2, 3, 4, 5])); // a crash mid-append
    const reopened = new HistoryFile(path, 1, 10_000, 100);
    expect((await reopened.read(0)).t).toEqual([10_000]);
    reopened.append(20_000, [2]);
    await reopened.flush();
    expect(statSync(path).size).toBe(16 + 2 * reopened.recordBytes);
    expect((await new HistoryFile(path, 1, 10_000, 100).read(0)).values[0]).toEqual([1, 2]);
  });

  it('starts afresh over a file of another layout, rather than misreading it', async () => {
    const path = fileIn();
    writeFileSync(path, 'not a history file at all');
    const file = new HistoryFile(path, 3, 10_000, 100);
    expect((await file.read(0)).t).toEqual([]);
    file.append(10_000, [1, 2, 3]);
    await file.flush();
    expect((await new HistoryFile(path, 3, 10_000, 100).read(0)).t).toEqual([10_000]);
    expect(readFileSync(path).readUInt32LE(4)).toBe(3);
  });

  it('stays bounded: past its capacity it keeps the newest records', async () => {
    const path = fileIn();
    const file = new HistoryFile(path, 1, 1000, 8);
    for (let i = 0; i < 30; i++) {
      file.append(i * 1000, [i]);
      await file.flush();
      expect(statSync(path).size).toBeLessThanOrEqual(16 + 10 * file.recordBytes);
    }
    const read = await file.read(0);
    expect(read.t.at(-1)).toBe(29_000);
    expect(read.t.length).toBeGreaterThanOrEqual(8);
  });

  it('lets a bucket written again after a restart replace the partial one', async () => {
    const path = fileIn();
    const file = new HistoryFile(path, 1, 10_000, 100);
    file.append(10_000, [1]);
    file.append(20_000, [2]);
    file.append(20_000, [3]);
    await file.flush();
    const read = await file.read(0);
    expect(read.t).toEqual([10_000, 20_000]);
    expect(read.values[0]).toEqual([1, 3]);
  });

  it('drops a flush whose folder is gone (a deleted VM) without creating it', async () => {
    const file = new HistoryFile('/nonexistent-vireo-dir/metrics-10s.bin', 1, 10_000, 100);
    file.append(10_000, [1]);
    await expect(file.flush()).resolves.toBeUndefined();
    expect((await file.read(0)).t).toEqual([]);
  });
});
