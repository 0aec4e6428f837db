import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { readIsoVolumeId } from '../osinfo/iso-volume-id';
import { findExecutable } from '../qemu/capabilities';
import { seedFiles } from './cloud-init-seed';
import { writeSeedIso } from './seed-iso';

// xorriso writes the seed and reads it back; without it (CI installs it) these two cannot run.
const xorriso = await findExecutable('xorriso', undefined);

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'vireo-seed-iso-'));
}

/** The ISO's root folder as xorriso lists it, reading one of its name trees. */
function rootNames(iso: string, tree: 'norock' | 'ecma119'): string[] {
  const out = execFileSync(xorriso ?? 'xorriso', ['-read_fs', tree, '-indev', iso, '-ls', '/'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out
    .split('\n')
    .filter((line) => line.startsWith("'"))
    .map((line) => line.slice(1, -1))
    .sort();
}

describe('writeSeedIso', () => {
  it.skipIf(!xorriso)('writes a "cidata" volume holding the seed files under their own names', async () => {
    const dir = tempDir();
    const iso = join(dir, 'seed.iso');
    const files = seedFiles({
      instanceId: 'vireo-1',
      hostname: 'web-1',
      user: { name: 'alice', password: 'pässwörd' },
      packages: ['htop'],
    });

    await writeSeedIso(iso, files);

    expect(readdirSync(dir)).toEqual(['seed.iso']);
    expect(await readIsoVolumeId(iso)).toBe('cidata');
    const pvd = execFileSync(xorriso ?? 'xorriso', ['-indev', iso, '-pvd_info'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(pvd).toMatch(/^Volume Id\s*: cidata$/m);
    // Joliet keeps the names too (without Rock Ridge), where plain ISO 9660 mangles them.
    expect(rootNames(iso, 'norock')).toEqual(['meta-data', 'user-data']);
    expect(rootNames(iso, 'ecma119')).toEqual(['META_DAT', 'USER_DAT']);

    const extracted = join(dir, 'extracted');
    execFileSync(xorriso ?? 'xorriso', ['-osirrox', 'on', '-indev', iso, '-extract', '/', extracted], {
      stdio: 'ignore',
    });
    expect(readFileSync(join(extracted, 'meta-data'), 'utf8')).toBe(files['meta-data']);
    expect(readFileSync(join(extracted, 'user-data'), 'utf8')).toBe(files['user-data']);
  });

  it.skipIf(!xorriso)('replaces an existing image whole', async () => {
    const dir = tempDir();
    const iso = join(dir, 'seed.iso');
    writeFileSync(iso, 'old');
    await writeSeedIso(iso, seedFiles({ instanceId: 'i-2', hostname: 'h' }));
    expect(await readIsoVolumeId(iso)).toBe('cidata');
    expect(readdirSync(dir)).toEqual(['seed.iso']);
  });

  it('leaves nothing behind when the ISO tool fails', async () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const failing = join(bin, 'xorriso');
    // Writes part of its output, then fails, as a tool running out of space would.
    writeFileSync(
      failing,
      '#!/bin/sh\nwhile [ $# -gt 0 ]; do [ "$1" = -output ] && echo partial > "$2"; shift; done\necho "no space" >&2\nexit 3\n',
    );
    chmodSync(failing, 0o755);
    const iso = join(dir, 'seed.iso');

    const error = await writeSeedIso(iso, { 'meta-data': 'x' }, { xorriso: failing }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(VireoError);
    expect((error as VireoError).message).toMatch(/no space/);
    expect(readdirSync(dir)).toEqual(['bin']);
  });

  it('names the packages to install when no ISO tool is found', async () => {
    const empty = tempDir();
    const error = await writeSeedIso(
      join(empty, 'seed.iso'),
      { 'meta-data': 'x' },
      { env: { PATH: empty } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VireoError);
    expect((error as VireoError).code).toBe('UNSUPPORTED');
    expect((error as VireoError).message).toMatch(/xorriso.*genisoimage/);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('refuses file names that are not seed file names', async () => {
    const dir = tempDir();
    for (const name of ['../meta-data', 'user data', '']) {
      await expect(writeSeedIso(join(dir, 'seed.iso'), { [name]: 'x' })).rejects.toThrow(
        /not a seed file name/,
      );
    }
  });
});
