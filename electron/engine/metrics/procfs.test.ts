import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuTicks, hostCpuTimes, hostMemory, loadAverage1, processStatPath, residentBytes } from './procfs';

describe('procfs readers', () => {
  it('reads utime + stime after a command name holding spaces and parentheses', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vireo-procfs-')), 'stat');
    // Fields 14 and 15 (utime, stime) are 120 and 35.
    writeFileSync(
      file,
      '4242 (CPU 0/TCG) (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 120 35 0 0 20 0 3 0 1 2 3\n',
    );
    expect(cpuTicks(file)).toBe(155);
    expect(cpuTicks(join(file, 'missing'))).toBeUndefined();
  });

  it('reads this process and the host', () => {
    expect(cpuTicks(processStatPath(process.pid))).toBeGreaterThanOrEqual(0);
    expect(residentBytes(process.pid)).toBeGreaterThan(1024 * 1024);
    expect(residentBytes(2 ** 22 + 7)).toBeUndefined();
    const cpu = hostCpuTimes();
    expect(cpu?.total).toBeGreaterThan(0);
    expect(cpu?.busy).toBeLessThanOrEqual(cpu?.total ?? 0);
    const memory = hostMemory();
    expect(memory?.availableBytes).toBeLessThanOrEqual(memory?.totalBytes ?? 0);
    expect(loadAverage1()).toBeGreaterThanOrEqual(0);
  });
});
