/** How long a VM has run, from its status's startedAt; null when it is not running (or unparseable). */
export function uptimeMs(startedAt: string | null, now: number): number | null {
  if (startedAt === null) return null;
  const started = Date.parse(startedAt);
  return Number.isNaN(started) ? null : Math.max(0, now - started);
}

/** Uptime as whole days and an h:mm:ss clock: 93_784_000 ms → { days: 1, clock: '2:03:04' }. */
export function splitUptime(ms: number): { days: number; clock: string } {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { days, clock: `${hours}:${pad(minutes)}:${pad(seconds)}` };
}
