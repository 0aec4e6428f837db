import { readFileSync } from 'node:fs';

/**
 * Readers of /proc. They are synchronous on purpose: procfs files are generated in memory and read
 * in microseconds, far cheaper than a trip through libuv's thread pool, and the sampler reads a few
 * per VM per second.
 */

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux ABI Vireo runs on). */
export const TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
}

/** utime + stime of a process or thread, in ticks, from its stat file. */
export function cpuTicks(statPath: string): number | undefined {
  const text = read(statPath);
  if (!text) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces; count fields after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : undefined;
}

export const processStatPath = (pid: number) => `/proc/${pid}/stat`;
export const threadStatPath = (pid: number, tid: number) => `/proc/${pid}/task/${tid}/stat`;

/** A process's resident memory in bytes. */
export function residentBytes(pid: number): number | undefined {
  const text = read(`/proc/${pid}/statm`);
  const pages = text ? Number(text.split(' ')[1]) : NaN;
  return Number.isFinite(pages) ? pages * PAGE_SIZE : undefined;
}

export interface HostCpuTimes {
  busy: number;
  total: number;
}

/** The host's aggregate CPU times (first line of /proc/stat). */
export function hostCpuTimes(): HostCpuTimes | undefined {
  const line = read('/proc/stat')?.split('\n', 1)[0];
  if (!line?.startsWith('cpu ')) return undefined;
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const parts = [user, nice, system, idle, iowait, irq, softirq, steal].map((n) => n ?? 0);
  const total = parts.reduce((sum, n) => sum + n, 0);
  return { busy: total - (idle ?? 0) - (iowait ?? 0), total };
}

export interface HostMemory {
  totalBytes: number;
  availableBytes: number;
}

export function hostMemory(): HostMemory | undefined {
  const text = read('/proc/meminfo');
  if (!text) return undefined;
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1]);
  const total = kib('MemTotal');
  const available = kib('MemAvailable');
  if (!Number.isFinite(total) || !Number.isFinite(available)) return undefined;
  return { totalBytes: total * 1024, availableBytes: available * 1024 };
}

export function loadAverage1(): number | undefined {
  const first = Number(read('/proc/loadavg')?.split(' ')[0]);
  return Number.isFinite(first) ? first : undefined;
}
