import { readdirSync, readFileSync } from 'node:fs';

/** Pids of live processes whose command line mentions `text` (e.g. a test's VIREO_HOME). */
export function pidsMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
        return cmdline.includes(text) && state !== 'Z';
      } catch {
        return false;
      }
    })
    .map(Number);
}
