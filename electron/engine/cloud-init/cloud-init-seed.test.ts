import { describe, expect, it } from 'vitest';
import { VireoError } from '../../../shared/errors';
import { seedFiles } from './cloud-init-seed';
import { looksLikeSeedYaml, yamlParser } from './seed-yaml.fixture';

// Public keys shaped as ssh-keygen writes them: the base64 blob starts with the key type's name.
const ED25519_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHw2Qx0o7XoQ3Ixl9vWvqs6Y4oO6m2nq0d1pZ4bKp8Qe alice@laptop';
const RSA_KEY = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.alloc(9, 1)]).toString('base64')}`;

const full = {
  instanceId: 'vireo-0b7c1e2a',
  hostname: 'web-1',
  user: {
    name: 'alice',
    password: 'p@ss: "word" # \\ - evil',
    sshAuthorizedKeys: [`  ${ED25519_KEY}\n`, RSA_KEY],
  },
  packages: ['qemu-guest-agent', 'g++', 'python3.11'],
};

function inputError(run: () => unknown): VireoError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VireoError);
    expect((error as VireoError).code).toBe('INVALID_INPUT');
    return error as VireoError;
  }
  throw new Error('expected an error');
}

describe('seedFiles', () => {
  it('writes meta-data and a #cloud-config user-data', () => {
    const files = seedFiles(full);
    expect(Object.keys(files).sort()).toEqual(['meta-data', 'user-data']);
    expect(files['meta-data']).toBe('instance-id: "vireo-0b7c1e2a"\nlocal-hostname: "web-1"\n');
    expect(files['user-data']).toMatch(/^#cloud-config\n/);
    expect(files['user-data']).toContain('    plain_text_passwd: "p@ss: \\"word\\" # \\\\ - evil"\n');
  });

  it('writes only what is asked for', () => {
    const { 'user-data': minimal } = seedFiles({ instanceId: 'i-1', hostname: 'h' });
    expect(minimal).toBe('#cloud-config\nhostname: "h"\n');

    const { 'user-data': keysOnly } = seedFiles({
      instanceId: 'i-1',
      hostname: 'h',
      user: { name: 'bob', sshAuthorizedKeys: [ED25519_KEY] },
    });
    expect(keysOnly).toContain('lock_passwd: true');
    expect(keysOnly).not.toMatch(/plain_text_passwd|ssh_pwauth|chpasswd|packages/);
  });

  it('writes YAML that only ever holds plain strings and booleans', () => {
    for (const text of Object.values(seedFiles(full))) expect(looksLikeSeedYaml(text)).toBe(true);
    expect(looksLikeSeedYaml('key: value\n')).toBe(false);
  });

  // Needs PyYAML (python3-yaml), the parser cloud-init itself uses; without it only the line check above runs.
  it.skipIf(!yamlParser)('parses, as cloud-init will, to exactly the values given', () => {
    const parse = yamlParser ?? (() => undefined);
    const files = seedFiles(full);
    expect(parse(files['meta-data'])).toEqual({ 'instance-id': 'vireo-0b7c1e2a', 'local-hostname': 'web-1' });
    expect(parse(files['user-data'])).toEqual({
      hostname: 'web-1',
      users: [
        {
          name: 'alice',
          shell: '/bin/bash',
          sudo: 'ALL=(ALL) NOPASSWD:ALL',
          groups: ['sudo'],
          lock_passwd: false,
          plain_text_passwd: 'p@ss: "word" # \\ - evil',
          ssh_authorized_keys: [ED25519_KEY, RSA_KEY],
        },
      ],
      ssh_pwauth: true,
      chpasswd: { expire: false },
      packages: ['qemu-guest-agent', 'g++', 'python3.11'],
    });
    const unicode = seedFiles({ ...full, user: { name: 'alice', password: 'pässwörd 🐦\u2028' } });
    expect(parse(unicode['user-data'])).toMatchObject({
      users: [{ plain_text_passwd: 'pässwörd 🐦\u2028' }],
    });
  });

  it.each([
    [{ hostname: '-web' }, 'hostname'],
    [{ hostname: 'a'.repeat(64) }, 'hostname'],
    [{ hostname: 'web.example.com' }, 'hostname'],
    [{ instanceId: 'id\nx: 1' }, 'instanceId'],
    [{ user: { name: 'Alice' } }, 'user.name'],
    [{ user: { name: '1alice' } }, 'user.name'],
    [{ user: { name: 'a'.repeat(33) } }, 'user.name'],
    [{ user: { name: 'alice', password: '' } }, 'user.password'],
    [{ user: { name: 'alice', password: 'a\u0000b' } }, 'user.password'],
    [{ user: { name: 'alice', password: 'a\ud800' } }, 'user.password'],
    [
      { user: { name: 'alice', sshAuthorizedKeys: [ED25519_KEY, 'ssh-dss AAAAB3NzaC1kc3M='] } },
      'user.sshAuthorizedKeys.1',
    ],
    [
      { user: { name: 'alice', sshAuthorizedKeys: [`${ED25519_KEY}\n${ED25519_KEY}`] } },
      'user.sshAuthorizedKeys.0',
    ],
    [
      { user: { name: 'alice', sshAuthorizedKeys: [ED25519_KEY.replace('ssh-ed25519', 'ssh-rsa')] } },
      'user.sshAuthorizedKeys.0',
    ],
    [{ user: { name: 'alice', sshAuthorizedKeys: ['ssh-ed25519 not-base64'] } }, 'user.sshAuthorizedKeys.0'],
    [{ packages: ['vim', 'Vim'] }, 'packages.1'],
    [{ packages: ['-o=evil'] }, 'packages.0'],
  ])('rejects %j, naming %s', (change, field) => {
    const error = inputError(() => seedFiles({ ...full, ...change }));
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.details).toEqual({ issues: [{ path: field.split('.'), message: error.message }] });
  });

  it('accepts the other key types and a bare key without a comment', () => {
    const ecdsa = `ecdsa-sha2-nistp256 ${Buffer.concat([Buffer.from([0, 0, 0, 19]), Buffer.from('ecdsa-sha2-nistp256'), Buffer.alloc(8)]).toString('base64')}`;
    const sk = `sk-ssh-ed25519@openssh.com ${Buffer.concat([Buffer.from([0, 0, 0, 26]), Buffer.from('sk-ssh-ed25519@openssh.com'), Buffer.alloc(8)]).toString('base64')} yubikey`;
    const user = {
      name: 'alice',
      sshAuthorizedKeys: [ecdsa, sk, ED25519_KEY.split(' ').slice(0, 2).join(' ')],
    };
    expect(seedFiles({ ...full, user })['user-data']).toContain(`      - "${sk}"`);
  });
});
