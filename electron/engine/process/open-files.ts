import { readdir, readFile, readlink } from 'node:fs/promises';

/** The processes (of this user, as /proc lets us see) that have `path` open: "qemu-system-x86_64 (pid 123)". */
export async function processesHolding(path: string): Promise<string[]> {
  const holders: string[] = [];
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      if ((await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')) !== path) continue;
      const name = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '?')).trim();
      holders.push(`${name} (pid ${pid})`);
      break;
    }
  }
  return holders;
}
