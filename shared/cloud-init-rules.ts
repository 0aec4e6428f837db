/**
 * What the engine accepts in a cloud-init seed (electron/engine/cloud-init/seed-validation.ts), and
 * the wizard checks early: one set of rules for both.
 */
export const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
export const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]*$/;
export const SSH_KEY_TYPES: ReadonlySet<string> = new Set([
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]);
export const SSH_KEY_BLOB = /^AAAA[A-Za-z0-9+/]+={0,2}$/;
export const CONTROL_CHARACTER = /\p{Cc}/u;
