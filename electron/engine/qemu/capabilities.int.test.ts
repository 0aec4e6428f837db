import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { probeCapabilities, requireQemu, resolveAccel } from './capabilities';
import { createImage, imageInfo } from './qemu-img';

describe('capability probe (real QEMU 7.2 binaries)', () => {
  it('finds qemu-system-x86_64 and qemu-img with their versions and the q35/pc machines', async () => {
    const caps = await probeCapabilities({ ...process.env, VIREO_ACCEL: 'tcg' });
    expect(caps.problems).toEqual([]);
    expect(caps.qemuSystem?.path).toMatch(/qemu-system-x86_64$/);
    expect(caps.qemuSystem?.version).toMatch(/^\d+\.\d+/);
    expect(caps.qemuImg?.version).toMatch(/^\d+\.\d+/);
    expect(caps.machines).toEqual(expect.arrayContaining(['q35', 'pc']));
    expect(caps.defaultAccel).toBe('tcg');
    expect(resolveAccel('auto', caps, { VIREO_ACCEL: 'tcg' })).toBe('tcg');
    // CI installs ovmf and swtpm: UEFI (with Secure Boot) and TPMs are available.
    expect(caps.features).toMatchObject({ uefi: true, secureBoot: true, tpm: true });
  });

  it('names the package to install when QEMU is missing', async () => {
    const caps = await probeCapabilities({ PATH: '/nonexistent' });
    expect(caps.qemuSystem).toBeNull();
    expect(caps.features.tpm).toBe(false);
    expect(caps.problems[0]).toMatch(
      /qemu-system-x86_64 was not found.*apt install qemu-system-x86 qemu-utils/,
    );
    expect(() => requireQemu(caps)).toThrow(VireoError);
    expect(() => requireQemu(caps)).toThrow(/apt install qemu-system-x86/);
  });

  it('refuses a VIREO_ACCEL it does not know', async () => {
    await expect(probeCapabilities({ ...process.env, VIREO_ACCEL: 'hvf' })).rejects.toThrow(
      'VIREO_ACCEL must be auto, kvm or tcg (got "hvf")',
    );
  });
});

describe('qemu-img', () => {
  it('creates a qcow2 image of the asked size at a path with commas, readable as JSON info', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vireo-img-'));
    try {
      const path = join(dir, 'a,b=c disk.qcow2');
      await createImage('qemu-img', path, 'qcow2', 64 * 2 ** 20);
      const info = await imageInfo('qemu-img', path);
      expect(info).toMatchObject({ format: 'qcow2', virtualSize: 64 * 2 ** 20, backingFile: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports what qemu-img said when it fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vireo-img-'));
    try {
      await expect(imageInfo('qemu-img', join(dir, 'missing.qcow2'))).rejects.toThrow(
        /qemu-img info failed: .*missing\.qcow2/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
