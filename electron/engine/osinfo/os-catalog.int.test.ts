import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIsoVolumeId } from './iso-volume-id';
import { OsCatalog } from './os-catalog';

let dir: string;

/** A real ISO 9660 image with the given volume ID, made by xorriso. */
function makeIso(volumeId: string): string {
  const tree = join(dir, 'tree');
  mkdirSync(tree, { recursive: true });
  writeFileSync(join(tree, 'README'), 'hello');
  const iso = join(dir, `${volumeId.replace(/\W/g, '_')}.iso`);
  execFileSync('xorriso', ['-as', 'mkisofs', '-o', iso, '-V', volumeId, tree], { stdio: 'ignore' });
  return iso;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vireo-osinfo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OS detection from an ISO (osinfo-db installed on this machine)', () => {
  it('reads the volume ID of an ISO, and nothing from a file that is not one', async () => {
    expect(await readIsoVolumeId(makeIso('Debian 11.5.0 amd64 n'))).toBe('Debian 11.5.0 amd64 n');
    const notIso = join(dir, 'not.iso');
    writeFileSync(notIso, Buffer.alloc(40_000));
    expect(await readIsoVolumeId(notIso)).toBeNull();
  });

  it('detects Debian 11 netinst from its volume ID, with recommended resources', async () => {
    const os = await new OsCatalog().detect('Debian 11.5.0 amd64 n');
    expect(os).toMatchObject({
      id: 'http://debian.org/debian/11',
      name: 'Debian 11',
      vendor: 'Debian Project',
      family: 'linux',
      recommended: { memoryMiB: 1024, diskBytes: 20 * 2 ** 30 },
    });
  });

  it('knows Windows 11 needs UEFI, Secure Boot and a TPM, and Debian none of them', async () => {
    const catalog = new OsCatalog();
    const windows = (await catalog.search('windows 11', 20)).find(
      (os) => os.id === 'http://microsoft.com/win/11',
    );
    expect(windows?.needs).toEqual({ uefi: true, secureBoot: true, tpm: true });
    expect((await catalog.detect('Debian 11.5.0 amd64 n'))?.needs).toEqual({
      uefi: false,
      secureBoot: false,
      tpm: false,
    });
  });

  it('detects nothing for an unknown volume ID', async () => {
    expect(await new OsCatalog().detect('VIREO_TEST_GUEST')).toBeNull();
  });

  it('searches by words, names that start with the query first', async () => {
    const hits = await new OsCatalog().search('fedora 3', 5);
    expect(hits[0]?.name).toMatch(/^Fedora( Linux)? 3\d/);
    expect(hits.every((os) => /fedora/i.test(os.name) && /3/.test(os.name))).toBe(true);
  });

  it('falls back to a built-in list without osinfo-db', async () => {
    const catalog = new OsCatalog(join(dir, 'no-osinfo-here'));
    expect((await catalog.detect('Debian 12.8.0 amd64 n'))?.name).toBe('Debian 12');
    expect((await catalog.search('windows', 5)).map((os) => os.name)).toEqual(['Microsoft Windows 11']);
  });
});
