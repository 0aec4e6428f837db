import {
  CONTROL_CHARACTER,
  HOSTNAME,
  PACKAGE_NAME,
  SSH_KEY_BLOB,
  SSH_KEY_TYPES,
  USER_NAME,
} from '../../../shared/cloud-init-rules';
import { fieldError, type VireoError } from '../../../shared/errors';

const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
// A lone UTF-16 surrogate has no UTF-8 form, so the guest could never receive the value.
const LONE_SURROGATE = /\p{Cs}/u;

/** Where the value sits in the request, e.g. ['user', 'sshAuthorizedKeys', 0]. */
type FieldPath = ReadonlyArray<string | number>;

function invalid(path: FieldPath, why: string): VireoError {
  return fieldError('INVALID_INPUT', path, `${path.join('.')}: ${why}`);
}

export function checkInstanceId(value: string, path: FieldPath): void {
  if (!INSTANCE_ID.test(value)) throw invalid(path, '1–128 letters, digits, ".", "_", ":" or "-"');
}

/** An RFC 1123 label: the guest's short host name. */
export function checkHostname(value: string, path: FieldPath): void {
  if (!HOSTNAME.test(value)) {
    throw invalid(path, `"${value}" is not a host name: 1–63 letters, digits or "-", not first or last`);
  }
}

export function checkUserName(value: string, path: FieldPath): void {
  if (!USER_NAME.test(value)) {
    throw invalid(
      path,
      `"${value}" is not a login name: up to 32 lowercase letters, digits, "_" or "-", starting with a letter or "_"`,
    );
  }
}

export function checkPassword(value: string, path: FieldPath): void {
  if (value === '') throw invalid(path, 'the password is empty');
  if (CONTROL_CHARACTER.test(value) || LONE_SURROGATE.test(value)) {
    throw invalid(path, 'the password holds control or invalid characters');
  }
}

export function checkPackageName(value: string, path: FieldPath): void {
  if (!PACKAGE_NAME.test(value)) {
    throw invalid(
      path,
      `"${value}" is not a package name: lowercase letters, digits, "+", "." or "-", starting with a letter or digit`,
    );
  }
}

/** An OpenSSH public key line ("type base64 [comment]"); returns it trimmed. */
export function checkSshPublicKey(value: string, path: FieldPath): string {
  const line = value.trim();
  if (/[\r\n]/.test(line)) throw invalid(path, 'one key per entry, on one line');
  if (CONTROL_CHARACTER.test(line) || LONE_SURROGATE.test(line)) {
    throw invalid(path, 'the key holds control or invalid characters');
  }
  const [type = '', blob = ''] = line.split(/\s+/);
  if (!SSH_KEY_TYPES.has(type)) {
    throw invalid(
      path,
      `"${type.slice(0, 40)}" is not a public key type (expected ssh-ed25519, ssh-rsa, ecdsa-sha2-… or sk-…)`,
    );
  }
  if (!SSH_KEY_BLOB.test(blob) || keyTypeInBlob(blob) !== type) {
    throw invalid(path, `the key data is not a ${type} public key`);
  }
  return line;
}

/** The key blob is base64 of a length-prefixed string naming the key type, then the key itself. */
function keyTypeInBlob(blob: string): string | undefined {
  const bytes = Buffer.from(blob, 'base64');
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32BE(0);
  return length + 4 <= bytes.length ? bytes.toString('latin1', 4, 4 + length) : undefined;
}
