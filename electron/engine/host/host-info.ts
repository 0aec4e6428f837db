import { statfs } from 'node:fs/promises';
import { homedir, totalmem } from 'node:os';
import type { HostInfo } from '../../../shared/host';

/** Memory and free disk space for the wizard's checks. */
export async function hostInfo(dataDir: string, diskFolder: string): Promise<HostInfo> {
  let freeDiskBytes: number | null = null;
  try {
    const fs = await statfs(diskFolder || dataDir);
    freeDiskBytes = fs.bavail * fs.bsize;
  } catch {
    // unknown: the wizard then cannot warn about space
  }
  return {
    totalMemoryMiB: Math.floor(totalmem() / 2 ** 20),
    dataDir,
    homeDir: homedir(),
    freeDiskBytes,
    // The engine shows no dialogs; the desktop app's IPC binding answers this one itself.
    nativeFilePicker: false,
  };
}
