import { access } from 'node:fs/promises';

/** Polls until `path` exists (a daemon's socket, say); false after the timeout. */
export async function waitUntilExists(path: string, timeoutMs: number, pollMs = 25): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await access(path).then(
      () => true,
      () => false,
    );
    if (found) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
