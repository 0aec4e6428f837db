import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { defaultFirmwareDirs, findUefiFirmware, readFirmwareDescriptors } from './firmware-descriptors';

const SYSTEM_DIR = '/usr/share/qemu/firmware';

/** A temp tree: usr/ and etc/ descriptor folders, and the OVMF files they point at. */
function firmwareTree() {
  const root = mkdtempSync(join(tmpdir(), 'vireo-firmware-'));
  const usr = join(root, 'usr');
  const etc = join(root, 'etc');
  const ovmf = join(root, 'OVMF');
  for (const dir of [usr, etc, ovmf]) mkdirSync(dir);
  const fd = (name: string) => {
    const path = join(ovmf, name);
    writeFileSync(path, 'firmware');
    return path;
  };
  const files = {
    enrolledCode: fd('OVMF_CODE_4M.ms.fd'),
    enrolledVars: fd('OVMF_VARS_4M.ms.fd'),
    secureCode: fd('OVMF_CODE_4M.secboot.fd'),
    plainCode: fd('OVMF_CODE_4M.fd'),
    plainVars: fd('OVMF_VARS_4M.fd'),
  };
  return { usr, etc, files, dirs: [usr, etc] };
}

function descriptor(code: string, vars: string, features: string[], machines = ['pc-q35-*']) {
  return JSON.stringify({
    description: 'UEFI firmware for x86_64',
    'interface-types': ['uefi'],
    mapping: {
      device: 'flash',
      executable: { filename: code, format: 'raw' },
      'nvram-template': { filename: vars, format: 'raw' },
    },
    targets: [{ architecture: 'x86_64', machines }],
    features,
    tags: [],
  });
}

/** The three descriptors Debian's ovmf package ships. */
function debianLayout() {
  const tree = firmwareTree();
  const { enrolledCode, enrolledVars, secureCode, plainCode, plainVars } = tree.files;
  const secure = ['acpi-s3', 'amd-sev', 'requires-smm', 'secure-boot', 'verbose-dynamic'];
  writeFileSync(
    join(tree.usr, '40-edk2-x86_64-secure-enrolled.json'),
    descriptor(enrolledCode, enrolledVars, [...secure, 'enrolled-keys']),
  );
  writeFileSync(join(tree.usr, '50-edk2-x86_64-secure.json'), descriptor(secureCode, plainVars, secure));
  writeFileSync(
    join(tree.usr, '60-edk2-x86_64.json'),
    descriptor(plainCode, plainVars, ['acpi-s3', 'amd-sev', 'verbose-dynamic'], ['pc-i440fx-*', 'pc-q35-*']),
  );
  return tree;
}

async function rejection(promise: Promise<unknown>): Promise<VireoError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VireoError);
  return error as VireoError;
}

describe('readFirmwareDescriptors', () => {
  it('sorts by file name across folders; a more specific folder overrides or hides a namesake', async () => {
    const { usr, etc, files, dirs } = debianLayout();
    const custom = join(etc, '10-custom.json');
    writeFileSync(custom, descriptor(files.plainCode, files.plainVars, []));
    // Replaces the shipped 50-… with a copy whose only difference is the description.
    writeFileSync(
      join(etc, '50-edk2-x86_64-secure.json'),
      JSON.stringify({
        ...JSON.parse(descriptor(files.secureCode, files.plainVars, [])),
        description: 'local',
      }),
    );
    writeFileSync(join(etc, '40-edk2-x86_64-secure-enrolled.json'), '');
    writeFileSync(join(etc, 'README'), 'not a descriptor');

    const { descriptors, skipped } = await readFirmwareDescriptors(dirs);

    expect(descriptors.map((d) => d.path)).toEqual([
      custom,
      join(etc, '50-edk2-x86_64-secure.json'),
      join(usr, '60-edk2-x86_64.json'),
    ]);
    expect(descriptors[1]?.json.description).toBe('local');
    expect(skipped).toEqual([
      { path: join(etc, '40-edk2-x86_64-secure-enrolled.json'), reason: expect.stringMatching(/^empty/) },
    ]);
  });

  it('skips, with a reason, files that are not JSON or not a descriptor, and ignores missing folders', async () => {
    const { usr, dirs, files } = debianLayout();
    writeFileSync(join(usr, '30-broken.json'), '{ "interface-types": [');
    writeFileSync(join(usr, '31-array.json'), '[]');
    writeFileSync(
      join(usr, '32-no-vars.json'),
      JSON.stringify({
        'interface-types': ['uefi'],
        mapping: { device: 'flash', executable: { filename: files.plainCode, format: 'raw' } },
        targets: [{ architecture: 'x86_64', machines: ['pc-q35-*'] }],
      }),
    );
    writeFileSync(
      join(usr, '33-bios.json'),
      JSON.stringify({
        'interface-types': ['bios'],
        mapping: { device: 'memory', filename: '/usr/share/seabios/bios-256k.bin' },
        targets: [{ architecture: 'x86_64', machines: ['pc-i440fx-*'] }],
        features: [],
      }),
    );

    const { descriptors, skipped } = await readFirmwareDescriptors([...dirs, join(usr, 'absent')]);

    expect(descriptors.map((d) => d.path)).toEqual([
      join(usr, '33-bios.json'),
      join(usr, '40-edk2-x86_64-secure-enrolled.json'),
      join(usr, '50-edk2-x86_64-secure.json'),
      join(usr, '60-edk2-x86_64.json'),
    ]);
    expect(skipped.map((s) => s.path)).toEqual([
      join(usr, '30-broken.json'),
      join(usr, '31-array.json'),
      join(usr, '32-no-vars.json'),
    ]);
    expect(skipped[0]?.reason).toMatch(/^not JSON/);
    expect(skipped[1]?.reason).toMatch(/^unexpected shape/);
    expect(skipped[2]?.reason).toMatch(/nvram-template/);
  });

  it('looks in /usr/share, /etc, then the user config folder', () => {
    expect(defaultFirmwareDirs({ XDG_CONFIG_HOME: '/x/config', HOME: '/home/u' })).toEqual([
      '/usr/share/qemu/firmware',
      '/etc/qemu/firmware',
      '/x/config/qemu/firmware',
    ]);
    expect(defaultFirmwareDirs({ HOME: '/home/u' })[2]).toBe('/home/u/.config/qemu/firmware');
  });
});

describe('findUefiFirmware', () => {
  it('picks the enrolled-keys Secure Boot firmware for q35 with Secure Boot', async () => {
    const { usr, dirs, files } = debianLayout();
    await expect(findUefiFirmware({ secureBoot: true, machine: 'q35', dirs })).resolves.toEqual({
      descriptorPath: join(usr, '40-edk2-x86_64-secure-enrolled.json'),
      code: { filename: files.enrolledCode, format: 'raw' },
      varsTemplate: { filename: files.enrolledVars, format: 'raw' },
      requiresSmm: true,
      secureBoot: true,
      enrolledKeys: true,
    });
  });

  it('prefers enrolled keys over priority order, and falls back to an empty key store', async () => {
    const { usr, etc, dirs, files } = debianLayout();
    writeFileSync(join(etc, '40-edk2-x86_64-secure-enrolled.json'), '');
    writeFileSync(
      join(usr, '45-late-enrolled.json'),
      descriptor(files.enrolledCode, files.enrolledVars, ['requires-smm', 'secure-boot', 'enrolled-keys']),
    );
    expect((await findUefiFirmware({ secureBoot: true, machine: 'q35', dirs })).descriptorPath).toBe(
      join(usr, '45-late-enrolled.json'),
    );

    writeFileSync(join(etc, '45-late-enrolled.json'), '');
    const fallback = await findUefiFirmware({ secureBoot: true, machine: 'q35', dirs });
    expect(fallback.descriptorPath).toBe(join(usr, '50-edk2-x86_64-secure.json'));
    expect(fallback.enrolledKeys).toBe(false);
    expect(fallback.code.filename).toBe(files.secureCode);
  });

  it('picks the non-secure firmware for either machine without Secure Boot', async () => {
    const { usr, dirs, files } = debianLayout();
    for (const machine of ['q35', 'pc'] as const) {
      const firmware = await findUefiFirmware({ secureBoot: false, machine, dirs });
      expect(firmware.descriptorPath).toBe(join(usr, '60-edk2-x86_64.json'));
      expect(firmware.code.filename).toBe(files.plainCode);
      expect(firmware.varsTemplate.filename).toBe(files.plainVars);
      expect(firmware).toMatchObject({ secureBoot: false, requiresSmm: false, enrolledKeys: false });
    }
  });

  it('never gives Secure Boot firmware without SMM, nor SMM firmware to the pc machine', async () => {
    const { usr, dirs, files } = firmwareTree();
    const anyMachine = ['pc-i440fx-*', 'pc-q35-*'];
    writeFileSync(
      join(usr, '10-secure-no-smm.json'),
      descriptor(files.secureCode, files.plainVars, ['secure-boot'], anyMachine),
    );
    writeFileSync(
      join(usr, '20-smm.json'),
      descriptor(files.plainCode, files.plainVars, ['requires-smm'], anyMachine),
    );

    await rejection(findUefiFirmware({ secureBoot: true, machine: 'q35', dirs }));
    await rejection(findUefiFirmware({ secureBoot: false, machine: 'pc', dirs }));
    const q35 = await findUefiFirmware({ secureBoot: false, machine: 'q35', dirs });
    expect(q35.descriptorPath).toBe(join(usr, '20-smm.json'));
  });

  it('skips firmware for other architectures, machines, interfaces and mappings', async () => {
    const { usr, dirs, files } = firmwareTree();
    const plain = JSON.parse(descriptor(files.plainCode, files.plainVars, [])) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { ...plain, targets: [{ architecture: 'aarch64', machines: ['virt-*'] }] },
      { ...plain, targets: [{ architecture: 'x86_64', machines: ['microvm'] }] },
      { ...plain, 'interface-types': ['bios'] },
      {
        ...plain,
        mapping: {
          device: 'flash',
          mode: 'stateless',
          executable: { filename: files.plainCode, format: 'raw' },
        },
      },
    ];
    variants.forEach((variant, i) => writeFileSync(join(usr, `1${i}-other.json`), JSON.stringify(variant)));

    await rejection(findUefiFirmware({ secureBoot: false, machine: 'q35', dirs }));
  });

  it('skips a descriptor whose files are not installed', async () => {
    const { usr, dirs, files } = debianLayout();
    const missing = join(usr, 'gone.fd');
    writeFileSync(join(usr, '55-missing.json'), descriptor(missing, files.plainVars, []));
    writeFileSync(join(usr, '58-also.json'), descriptor(files.plainCode, files.plainVars, ['acpi-s4']));

    const firmware = await findUefiFirmware({ secureBoot: false, machine: 'q35', dirs });

    expect(firmware.descriptorPath).toBe(join(usr, '58-also.json'));
  });

  it('names the missing firmware and the package that provides it', async () => {
    const { dirs } = firmwareTree();
    const error = await rejection(findUefiFirmware({ secureBoot: true, machine: 'q35', dirs }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/Secure Boot/);
    expect(error.message).toMatch(/apt install ovmf/);
    expect(error.details).toMatchObject({ searched: dirs, skipped: [] });
  });

  it('refuses Secure Boot on the pc machine', async () => {
    const { dirs } = debianLayout();
    const error = await rejection(findUefiFirmware({ secureBoot: true, machine: 'pc', dirs }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/q35/);
  });

  // Only where the ovmf package put its descriptors (CI installs it); the crafted trees above run everywhere.
  it.skipIf(!existsSync(SYSTEM_DIR))(`reads this host's ${SYSTEM_DIR}`, async () => {
    const { descriptors } = await readFirmwareDescriptors([SYSTEM_DIR]);
    expect(descriptors.length).toBeGreaterThan(0);
    const pick = (secureBoot: boolean) =>
      findUefiFirmware({ secureBoot, machine: 'q35', dirs: [SYSTEM_DIR] });
    const [secure, plain] = await Promise.all([pick(true), pick(false)]);
    expect(secure).toMatchObject({ secureBoot: true, requiresSmm: true });
    expect(plain.secureBoot).toBe(false);
    expect(existsSync(secure.code.filename) && existsSync(plain.varsTemplate.filename)).toBe(true);
  });
});
