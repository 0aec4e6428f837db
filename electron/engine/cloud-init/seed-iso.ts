import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VireoError } from '../../../shared/errors';
import { findExecutable } from '../qemu/capabilities';

const run = promisify(execFile);

/** The volume ID cloud-init's NoCloud data source looks for. */
export const SEED_VOLUME_ID = 'cidata';

export interface IsoTools {
  /** Explicit paths; otherwise xorriso, genisoimage or mkisofs is looked up on PATH. */
  xorriso?: string;
  genisoimage?: string;
  env?: NodeJS.ProcessEnv;
}

const SEED_FILE_NAME = /^[a-z][a-z-]*$/;

/**
 * Writes `files` ("meta-data", "user-data", …) as an ISO 9660 image with Joliet and Rock Ridge
 * names and the volume ID "cidata". Readers of `target` see the old image or the new, never half.
 */
export async function writeSeedIso(
  target: string,
  files: Readonly<Record<string, string>>,
  tools: IsoTools = {},
): Promise<void> {
  for (const name of Object.keys(files)) {
    if (!SEED_FILE_NAME.test(name)) {
      throw new VireoError('INVALID_INPUT', `"${name}" is not a seed file name`);
    }
  }
  const builder = await isoBuilder(tools);
  const staging = await mkdtemp(join(tmpdir(), 'vireo-seed-'));
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(staging, name), content, { mode: 0o600 });
    }
    // Rational Rock Ridge: files owned by root and world-readable in the guest, not by a host uid.
    const args = ['-output', temp, '-volid', SEED_VOLUME_ID, '-joliet', '-rational-rock', '-quiet', staging];
    try {
      await run(builder.binary, [...builder.prefix, ...args], { timeout: 60_000 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new VireoError(
        'IO_ERROR',
        `${builder.binary} could not write the seed image: ${stderr || (error as Error).message}`,
      );
    }
    // The seed may hold a password.
    await chmod(temp, 0o600);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function isoBuilder(tools: IsoTools): Promise<{ binary: string; prefix: string[] }> {
  const env = tools.env ?? process.env;
  const xorriso = await findExecutable('xorriso', tools.xorriso, env);
  if (xorriso) return { binary: xorriso, prefix: ['-as', 'mkisofs'] };
  const genisoimage =
    (await findExecutable('genisoimage', tools.genisoimage, env)) ??
    (await findExecutable('mkisofs', undefined, env));
  if (genisoimage) return { binary: genisoimage, prefix: [] };
  throw new VireoError(
    'UNSUPPORTED',
    'making a cloud-init seed image needs xorriso or genisoimage: sudo apt install xorriso (or genisoimage)',
  );
}
