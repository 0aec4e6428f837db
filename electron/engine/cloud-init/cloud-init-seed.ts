import {
  checkHostname,
  checkInstanceId,
  checkPackageName,
  checkPassword,
  checkSshPublicKey,
  checkUserName,
} from './seed-validation';
import { yamlQuote } from './yaml-quote';

export interface SeedUser {
  name: string;
  password?: string;
  sshAuthorizedKeys?: string[];
}

export interface SeedOptions {
  /** cloud-init runs its once-per-instance modules again whenever this changes. */
  instanceId: string;
  hostname: string;
  user?: SeedUser;
  packages?: string[];
}

/** The files of a NoCloud seed, by the names cloud-init looks for on the "cidata" volume. */
export type SeedFiles = { 'meta-data': string; 'user-data': string };

/**
 * meta-data and user-data for cloud-init's NoCloud data source. Every value is validated, then
 * written as a double-quoted YAML scalar, so none can add keys of its own.
 */
export function seedFiles(options: SeedOptions): SeedFiles {
  checkInstanceId(options.instanceId, ['instanceId']);
  checkHostname(options.hostname, ['hostname']);
  const packages = options.packages ?? [];
  packages.forEach((name, i) => checkPackageName(name, ['packages', i]));

  const metaData = [
    `instance-id: ${yamlQuote(options.instanceId)}`,
    `local-hostname: ${yamlQuote(options.hostname)}`,
  ];
  const userData = ['#cloud-config', `hostname: ${yamlQuote(options.hostname)}`];
  if (options.user) userData.push(...userLines(options.user));
  if (packages.length > 0) userData.push('packages:', ...packages.map((name) => `  - ${yamlQuote(name)}`));
  return { 'meta-data': lines(metaData), 'user-data': lines(userData) };
}

function userLines(user: SeedUser): string[] {
  checkUserName(user.name, ['user', 'name']);
  if (user.password !== undefined) checkPassword(user.password, ['user', 'password']);
  const keys = (user.sshAuthorizedKeys ?? []).map((key, i) =>
    checkSshPublicKey(key, ['user', 'sshAuthorizedKeys', i]),
  );

  const entry = [
    `  - name: ${yamlQuote(user.name)}`,
    `    shell: ${yamlQuote('/bin/bash')}`,
    `    sudo: ${yamlQuote('ALL=(ALL) NOPASSWD:ALL')}`,
    // The sudo rule alone makes the user an admin; "sudo" is the admin group Debian and Ubuntu tools expect.
    '    groups:',
    `      - ${yamlQuote('sudo')}`,
    `    lock_passwd: ${user.password === undefined}`,
  ];
  if (user.password !== undefined) entry.push(`    plain_text_passwd: ${yamlQuote(user.password)}`);
  if (keys.length > 0)
    entry.push('    ssh_authorized_keys:', ...keys.map((key) => `      - ${yamlQuote(key)}`));

  const passwordLogin =
    user.password === undefined ? [] : ['ssh_pwauth: true', 'chpasswd:', '  expire: false'];
  return ['users:', ...entry, ...passwordLogin];
}

function lines(list: string[]): string {
  return `${list.join('\n')}\n`;
}
