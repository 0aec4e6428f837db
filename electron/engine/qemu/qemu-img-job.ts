import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { VireoError } from '../../../shared/errors';

export interface ProgressOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/**
 * Runs a qemu-img command that takes -p (convert, rebase…) and reports its progress, parsed from
 * the "(12.34/100%)" it prints. Cancelling (the signal) kills it. Throws with qemu-img's own words.
 */
export function runWithProgress(
  binary: string,
  args: string[],
  options: ProgressOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new VireoError('CANCELLED', `qemu-img ${args[0]}: cancelled`));
      return;
    }
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      const matches = [...text.matchAll(/\((\d+(?:\.\d+)?)\/100%\)/g)];
      const last = matches.at(-1)?.[1];
      if (last !== undefined) options.onProgress?.(Number(last) / 100);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-4096)));
    const abort = () => child.kill('SIGTERM');
    options.signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (error) =>
      reject(new VireoError('QEMU_MISSING', `could not run ${binary}: ${error.message}`)),
    );
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', abort);
      if (options.signal?.aborted) reject(new VireoError('CANCELLED', `qemu-img ${args[0]}: cancelled`));
      else if (code === 0) resolve();
      else
        reject(
          new VireoError(
            'QEMU_FAILED',
            `qemu-img ${args[0]} failed: ${stderr.trim().split('\n').at(-1) || `exit ${code ?? signal}`}`,
          ),
        );
    });
  });
}

/**
 * Converts `source` into a new `target` image with progress; on any failure or cancel the partial
 * target is removed. `shareSource` reads a disk a paused QEMU has open (-U).
 */
export async function convertWithProgress(
  binary: string,
  source: { path: string; format?: string },
  target: { path: string; format: 'qcow2' | 'raw'; compress?: boolean },
  options: ProgressOptions & { shareSource?: boolean } = {},
): Promise<void> {
  const args = ['convert', '-p', ...(options.shareSource ? ['-U'] : [])];
  if (source.format) args.push('-f', source.format);
  args.push('-O', target.format, ...(target.compress ? ['-c'] : []), source.path, target.path);
  try {
    await runWithProgress(binary, args, options);
  } catch (error) {
    await rm(target.path, { force: true });
    throw error;
  }
}
